using Portal.CallRouting.Configuration.Models;

namespace Portal.CallRouting.Configuration.ViewModels;

/// <summary>The form that changes a centre's service state, with the centre as it stands.</summary>
public sealed class CentreStateFormViewModel
{
    public string? State { get; set; }
    public string? Reason { get; set; }
    public CentreResponse? Centre { get; set; }
}

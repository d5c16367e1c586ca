using Portal.CallRouting.Configuration.Models;

namespace Portal.CallRouting.Configuration.ViewModels;

/// <summary>The form that sets or lifts a schedule's manual override; <see cref="Until"/> is London time, as typed.</summary>
public sealed class ScheduleOverrideFormViewModel
{
    public string? Mode { get; set; }
    public string? Until { get; set; }
    public string? Reason { get; set; }
    public ScheduleResponse? Schedule { get; set; }
}

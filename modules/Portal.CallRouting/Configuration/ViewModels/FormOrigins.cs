namespace Portal.CallRouting.Configuration.ViewModels;

/// <summary>
/// Where each part of a schedule's input came from on the form: for each entry of <c>week</c>, its row and the slots
/// of its periods; for each entry of <c>overrides</c>, its line number. Errors keyed by the API's paths are put
/// back on the fields with it.
/// </summary>
public sealed class FormOrigins
{
    public List<(int Row, List<int> Slots)> Days { get; } = [];
    public List<int> OverrideLines { get; } = [];
}

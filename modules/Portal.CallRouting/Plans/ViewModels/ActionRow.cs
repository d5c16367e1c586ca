namespace Portal.CallRouting.Plans.ViewModels;

/// <summary>
/// One action of a form, as plain fields: <see cref="Target"/> is the centre, queue, agreement, announcement or
/// notification recipient that <see cref="Kind"/> needs; <see cref="Message"/> only for a notification. An empty kind
/// is an unused row.
/// </summary>
public sealed class ActionRow
{
    public string? Kind { get; set; }
    public string? Target { get; set; }
    public string? Message { get; set; }
}

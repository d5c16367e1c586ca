namespace Portal.CallRouting.Configuration.Models;

/// <summary>
/// A contact centre as an editor (API or page) describes it. <see cref="Code"/> is given at creation and never
/// changes (rules, plans and telephony events name the centre by it); on an update it may be left out or repeated.
/// </summary>
public sealed class CentreInput
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public int? StaffedPositions { get; set; }
    /// <summary>The schedule of the centre's staffed hours; none when it is staffed around the clock.</summary>
    public string? ScheduleCode { get; set; }
}

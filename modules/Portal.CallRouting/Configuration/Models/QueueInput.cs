namespace Portal.CallRouting.Configuration.Models;

/// <summary>
/// A queue as an editor describes it. <see cref="Service"/>: <c>999</c>, <c>101</c> or the name of an enterprise
/// number. <see cref="Distribution"/>: <c>longest-idle</c>, <c>round-robin</c> or <c>ring-all</c>.
/// <see cref="Code"/> is given at creation and never changes.
/// </summary>
public sealed class QueueInput
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Service { get; set; }
    public int? Priority { get; set; }
    public int? MaxLength { get; set; }
    public int? MaxWaitSeconds { get; set; }
    public string? Announcement { get; set; }
    public string? Distribution { get; set; }
    public string? ScheduleCode { get; set; }
    public List<ServingCentreInput?>? ServingCentres { get; set; }
}

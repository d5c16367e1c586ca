using Portal.CallRouting.Configuration.Models;

namespace Portal.CallRouting.Configuration.ViewModels;

/// <summary>The add and change forms of a centre. Numbers are kept as typed, so a wrong entry is shown back as it was.</summary>
public sealed class CentreFormViewModel
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? StaffedPositions { get; set; }
    public string? ScheduleCode { get; set; }
    /// <summary>The version the form was filled from: saving over a newer one is refused.</summary>
    public string? VersionId { get; set; }
    public bool IsNew { get; set; }
    public IReadOnlyList<ScheduleResponse> Schedules { get; set; } = [];

    public CentreInput ToInput() => new()
    {
        Code = IsNew ? Code?.Trim() : null,
        Name = Name,
        StaffedPositions = PageErrors.Number(StaffedPositions) ?? (string.IsNullOrWhiteSpace(StaffedPositions) ? null : -1),
        ScheduleCode = string.IsNullOrWhiteSpace(ScheduleCode) ? null : ScheduleCode,
    };

    public static CentreFormViewModel From(CentreResponse centre) => new()
    {
        Code = centre.Code, Name = centre.Name, StaffedPositions = centre.StaffedPositions.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ScheduleCode = centre.ScheduleCode, VersionId = centre.VersionId,
    };
}

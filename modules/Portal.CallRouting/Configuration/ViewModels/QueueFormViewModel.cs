using System.Globalization;
using Portal.CallRouting.Configuration.Models;

namespace Portal.CallRouting.Configuration.ViewModels;

/// <summary>
/// The add and change forms of a queue. Every centre is listed with a preference (empty: does not serve), which
/// works without JavaScript; <see cref="ToInput"/> keeps the chosen ones and remembers which row each came from, so
/// that an error on <c>servingCentres[1]</c> lands on the right row.
/// </summary>
public sealed class QueueFormViewModel
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Service { get; set; }
    public string? Priority { get; set; }
    public string? MaxLength { get; set; }
    public string? MaxWaitSeconds { get; set; }
    public string? Announcement { get; set; }
    public string? Distribution { get; set; }
    public string? ScheduleCode { get; set; }
    public string? VersionId { get; set; }
    public bool IsNew { get; set; }
    public List<ServingCentreFormRow> ServingCentres { get; set; } = [];
    public IReadOnlyList<ScheduleResponse> Schedules { get; set; } = [];

    public (QueueInput Input, IReadOnlyList<int> RowOfServingCentre) ToInput()
    {
        var rows = new List<int>();
        var serving = new List<ServingCentreInput?>();
        for (var i = 0; i < ServingCentres.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(ServingCentres[i].Preference))
            {
                rows.Add(i);
                serving.Add(new ServingCentreInput { CentreCode = ServingCentres[i].CentreCode, Preference = Number(ServingCentres[i].Preference) });
            }
        }

        return (new QueueInput
        {
            Code = IsNew ? Code?.Trim() : null, Name = Name, Service = Service, Priority = Number(Priority), MaxLength = Number(MaxLength),
            MaxWaitSeconds = Number(MaxWaitSeconds), Announcement = Announcement, Distribution = Distribution,
            ScheduleCode = string.IsNullOrWhiteSpace(ScheduleCode) ? null : ScheduleCode, ServingCentres = serving,
        }, rows);
    }

    /// <summary>The form's field for a registry error path.</summary>
    public static string FieldFor(string path, IReadOnlyList<int> rowOfServingCentre)
    {
        if (path.StartsWith("servingCentres[", StringComparison.Ordinal))
        {
            var end = path.IndexOf(']', StringComparison.Ordinal);
            if (int.TryParse(path["servingCentres[".Length..end], out var index) && index < rowOfServingCentre.Count)
            {
                return $"ServingCentres[{rowOfServingCentre[index]}].Preference";
            }
        }

        return path == "servingCentres" ? "ServingCentres[0].Preference" : PageErrors.Pascal(path);
    }

    /// <summary>A typed number, or a number out of every range when something else was typed (so the field is named).</summary>
    private static int? Number(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : PageErrors.Number(text) ?? int.MinValue;

    public static QueueFormViewModel From(QueueResponse queue) => new()
    {
        Code = queue.Code, Name = queue.Name, Service = queue.Service, Priority = Text(queue.Priority), MaxLength = Text(queue.MaxLength),
        MaxWaitSeconds = Text(queue.MaxWaitSeconds), Announcement = queue.Announcement, Distribution = queue.Distribution,
        ScheduleCode = queue.ScheduleCode, VersionId = queue.VersionId,
        ServingCentres = queue.ServingCentres.Select(s => new ServingCentreFormRow { CentreCode = s.CentreCode, Preference = Text(s.Preference) }).ToList(),
    };

    /// <summary>One row per centre (in code order), keeping the preferences already given.</summary>
    public void ListCentres(IEnumerable<CentreResponse> centres)
    {
        var given = ServingCentres.Where(s => s.CentreCode is not null).GroupBy(s => s.CentreCode!).ToDictionary(g => g.Key, g => g.First().Preference);
        ServingCentres = centres.Select(c => new ServingCentreFormRow
        {
            CentreCode = c.Code, CentreName = c.Name, Preference = given.GetValueOrDefault(c.Code),
        }).ToList();
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}

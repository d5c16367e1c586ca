using Microsoft.AspNetCore.Mvc.ModelBinding;
using Portal.CallRouting.Configuration.Models;

namespace Portal.CallRouting.Configuration.ViewModels;

/// <summary>
/// The add and change forms of a schedule: a table of the week (a few period slots per day, blank ones ignored) and
/// the date overrides as lines of text, one date a line: <c>2026-12-24 08:00-14:00 Christmas Eve</c> or
/// <c>2026-12-25 closed Christmas Day</c>. The manual override has its own page.
/// </summary>
public sealed class ScheduleFormViewModel
{
    public const int SlotsPerDay = 3;
    public const string OverridesHint = "One date a line: the date (yyyy-MM-dd), then \"closed\" or the hours (08:00-14:00, several separated by commas), then the reason. For example: 2026-12-24 08:00-14:00 Christmas Eve";

    private static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public string? Code { get; set; }
    public string? Name { get; set; }
    public bool ClosedOnBankHolidays { get; set; }
    public string? Overrides { get; set; }
    public string? VersionId { get; set; }
    public bool IsNew { get; set; }
    public List<DayHoursFormRow> Days { get; set; } = [];

    public static ScheduleFormViewModel Empty() => new() { IsNew = true, Days = Week.Select(d => Day(d, [])).ToList() };

    public static ScheduleFormViewModel From(ScheduleResponse schedule) => new()
    {
        Code = schedule.Code, Name = schedule.Name, ClosedOnBankHolidays = schedule.ClosedOnBankHolidays, VersionId = schedule.VersionId,
        Days = Week.Select(d => Day(d, schedule.Week.FirstOrDefault(w => w.Day == d.ToString())?.Periods ?? [])).ToList(),
        Overrides = string.Join('\n', schedule.Overrides.Select(o =>
            $"{o.Date} {(o.Periods.Count == 0 ? "closed" : string.Join(',', o.Periods.Select(p => $"{p.Opens}-{p.Closes}")))}{(o.Reason is null ? "" : " " + o.Reason)}")),
    };

    /// <summary>
    /// What the form says as the API's input, and where each part came from. Lines of overrides that cannot be read
    /// at all are reported on <paramref name="modelState"/> (the registry then checks the rest).
    /// </summary>
    public (ScheduleInput Input, FormOrigins Origins) ToInput(ModelStateDictionary modelState)
    {
        var origins = new FormOrigins();
        var week = new List<WeeklyOpeningInput?>();
        for (var d = 0; d < Days.Count; d++)
        {
            var slots = new List<int>();
            var periods = new List<OpeningPeriodInput?>();
            for (var s = 0; s < Days[d].Periods.Count; s++)
            {
                var slot = Days[d].Periods[s];
                if (!string.IsNullOrWhiteSpace(slot.Opens) || !string.IsNullOrWhiteSpace(slot.Closes))
                {
                    slots.Add(s);
                    periods.Add(new OpeningPeriodInput { Opens = slot.Opens?.Trim(), Closes = slot.Closes?.Trim() });
                }
            }

            if (periods.Count > 0)
            {
                origins.Days.Add((d, slots));
                week.Add(new WeeklyOpeningInput { Day = Days[d].Day, Periods = periods });
            }
        }

        var overrides = new List<HolidayOverrideInput?>();
        var lines = (Overrides ?? "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var periods = parts.Length < 2 ? null : ReadHours(parts[1]);
            if (periods is null)
            {
                modelState.AddModelError(nameof(Overrides), $"Line {i + 1}: give the date, then \"closed\" or the hours such as 08:00-14:00, then the reason.");
                continue;
            }

            origins.OverrideLines.Add(i + 1);
            overrides.Add(new HolidayOverrideInput { Date = parts[0], Periods = periods, Reason = parts.Length > 2 ? parts[2] : null });
        }

        return (new ScheduleInput
        {
            Code = IsNew ? Code?.Trim() : null, Name = Name, ClosedOnBankHolidays = ClosedOnBankHolidays, Week = week, Overrides = overrides,
        }, origins);
    }

    /// <summary>Puts the registry's errors on the fields they are about.</summary>
    public static void AddErrors(ModelStateDictionary modelState, IDictionary<string, string[]> errors, FormOrigins origins)
    {
        foreach (var (path, messages) in errors)
        {
            foreach (var message in messages)
            {
                if (Index(path, "overrides[") is { } line && line < origins.OverrideLines.Count)
                {
                    modelState.AddModelError(nameof(Overrides), $"Line {origins.OverrideLines[line]}: {message}");
                }
                else if (Index(path, "week[") is { } day && day < origins.Days.Count)
                {
                    var (row, slots) = origins.Days[day];
                    var rest = path[(path.IndexOf(']', StringComparison.Ordinal) + 1)..];
                    var slot = Index(rest, ".periods[") is { } s && s < slots.Count ? slots[s] : 0;
                    var field = rest.EndsWith(".closes", StringComparison.Ordinal) ? "Closes" : "Opens";
                    modelState.AddModelError($"Days[{row}].Periods[{slot}].{field}", message);
                }
                else
                {
                    modelState.AddModelError(PageErrors.Pascal(path), message);
                }
            }
        }
    }

    private static int? Index(string path, string prefix)
    {
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var end = path.IndexOf(']', prefix.Length);
        return end > 0 && int.TryParse(path[prefix.Length..end], out var index) ? index : null;
    }

    private static List<OpeningPeriodInput?>? ReadHours(string text)
    {
        if (string.Equals(text, "closed", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var periods = new List<OpeningPeriodInput?>();
        foreach (var range in text.Split(','))
        {
            var ends = range.Split('-');
            if (ends.Length != 2)
            {
                return null;
            }

            periods.Add(new OpeningPeriodInput { Opens = ends[0].Trim(), Closes = ends[1].Trim() });
        }

        return periods;
    }

    private static DayHoursFormRow Day(DayOfWeek day, IReadOnlyList<OpeningPeriodResponse> periods) => new()
    {
        Day = day.ToString(),
        Periods = periods.Select(p => new PeriodFormRow { Opens = p.Opens, Closes = p.Closes })
            .Concat(Enumerable.Range(0, Math.Max(0, SlotsPerDay - periods.Count)).Select(_ => new PeriodFormRow()))
            .Concat(periods.Count >= SlotsPerDay ? [new PeriodFormRow()] : [])
            .ToList(),
    };
}

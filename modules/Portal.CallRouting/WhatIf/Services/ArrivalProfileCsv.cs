using System.Globalization;
using System.Text;
using Portal.CallRouting.WhatIf.Models;

namespace Portal.CallRouting.WhatIf.Services;

/// <summary>
/// The profile as CSV, for spreadsheets: a header, then one line per queue and per centre per half hour.
/// <code>
/// halfHour,kind,code,calls,averageHandlingSeconds,agents
/// 00:00,queue,999,14,240,
/// 00:00,centre,NORTH,,,12
/// </code>
/// <c>halfHour</c> is the start ("07:30") or its number (0–47); a half hour without lines has no calls and no agents.
/// Blank lines and lines starting with # are ignored. Reading checks the form of each line; the numbers are then
/// checked by <see cref="ArrivalProfileValidator"/> like any profile.
/// </summary>
public static class ArrivalProfileCsv
{
    public const string Header = "halfHour,kind,code,calls,averageHandlingSeconds,agents";

    public static string Write(ArrivalProfile profile)
    {
        var csv = new StringBuilder();
        csv.Append("# ").AppendLine(profile.Name ?? "Arrival profile");
        csv.AppendLine(Header);
        var slots = profile.Slots ?? [];
        for (var s = 0; s < slots.Count; s++)
        {
            var start = ArrivalProfile.SlotStart(s);
            foreach (var q in slots[s].Queues ?? [])
            {
                csv.AppendLine(CultureInfo.InvariantCulture, $"{start},queue,{q.Queue},{q.Calls},{q.AverageHandlingSeconds},");
            }

            foreach (var c in slots[s].Centres ?? [])
            {
                csv.AppendLine(CultureInfo.InvariantCulture, $"{start},centre,{c.Centre},,,{c.Agents}");
            }
        }

        return csv.ToString();
    }

    /// <summary>The profile, or the lines that could not be read (each message starts with its line number).</summary>
    public static (ArrivalProfile? Profile, IReadOnlyList<string> Errors) Read(string text, string name)
    {
        var errors = new List<string>();
        var queues = Enumerable.Range(0, ArrivalProfile.SlotsPerDay).Select(_ => new List<QueueArrivals>()).ToArray();
        var centres = Enumerable.Range(0, ArrivalProfile.SlotsPerDay).Select(_ => new List<CentreStaffing>()).ToArray();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var headerSeen = false;
        for (var i = 0; i < lines.Length && errors.Count < 50; i++)
        {
            var line = lines[i].Trim();
            var number = i + 1;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split(',').Select(c => c.Trim()).ToArray();
            if (!headerSeen)
            {
                headerSeen = true;
                if (!string.Equals(string.Join(',', cells), Header, StringComparison.OrdinalIgnoreCase))
                {
                    errors.Add($"Line {number}: the first line must be the header \"{Header}\".");
                    break;
                }

                continue;
            }

            if (cells.Length != 6)
            {
                errors.Add($"Line {number}: expected 6 values separated by commas, found {cells.Length}.");
                continue;
            }

            if (!TryReadSlot(cells[0], out var slot))
            {
                errors.Add($"Line {number}: \"{cells[0]}\" is not a half hour (00:00, 00:30 … 23:30, or 0 to 47).");
                continue;
            }

            if (cells[2].Length == 0)
            {
                errors.Add($"Line {number}: name the queue or centre by its code.");
                continue;
            }

            switch (cells[1].ToLowerInvariant())
            {
                case "queue":
                    if (TryNumber(cells[3], out var calls) && TryNumber(cells[4], out var aht))
                    {
                        queues[slot].Add(new QueueArrivals(cells[2], calls, aht));
                    }
                    else
                    {
                        errors.Add($"Line {number}: a queue line needs calls and averageHandlingSeconds as numbers.");
                    }

                    break;
                case "centre":
                    if (int.TryParse(cells[5], NumberStyles.Integer, CultureInfo.InvariantCulture, out var agents))
                    {
                        centres[slot].Add(new CentreStaffing(cells[2], agents));
                    }
                    else
                    {
                        errors.Add($"Line {number}: a centre line needs agents as a whole number.");
                    }

                    break;
                default:
                    errors.Add($"Line {number}: kind must be \"queue\" or \"centre\", not \"{cells[1]}\".");
                    break;
            }
        }

        if (!headerSeen)
        {
            errors.Add($"The profile is empty: start with the header \"{Header}\".");
        }

        return errors.Count > 0
            ? (null, errors)
            : (new ArrivalProfile(name, queues.Select((q, s) => new ProfileSlot(q, centres[s])).ToList()), errors);
    }

    private static bool TryReadSlot(string cell, out int slot)
    {
        if (int.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out slot))
        {
            return slot is >= 0 and < ArrivalProfile.SlotsPerDay;
        }

        if (TimeOnly.TryParseExact(cell, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            && time.Minute is 0 or 30)
        {
            slot = time.Hour * 2 + time.Minute / 30;
            return true;
        }

        slot = -1;
        return false;
    }

    private static bool TryNumber(string cell, out double value) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}

using Portal.Abstractions.Security;
using Portal.Users.Models;

namespace Portal.Users.Services;

public static class VettingLevels
{
    /// <summary>Parses a level by its name only ("SC", case-insensitive); numbers are refused.</summary>
    public static bool TryParse(string? text, out VettingLevel level)
    {
        level = VettingLevel.None;
        var name = text?.Trim();
        return !string.IsNullOrEmpty(name)
            && Enum.GetNames<VettingLevel>().FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)) is { } match
            && Enum.TryParse(match, out level);
    }

    public static string Describe(VettingLevel level) => level switch
    {
        VettingLevel.None => "None",
        VettingLevel.BPSS => "BPSS (Baseline Personnel Security Standard)",
        VettingLevel.CTC => "CTC (Counter-Terrorist Check)",
        VettingLevel.SC => "SC (Security Check)",
        VettingLevel.DV => "DV (Developed Vetting)",
        _ => level.ToString(),
    };
}

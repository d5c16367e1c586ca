using Portal.Abstractions.Security;

namespace Portal.Publications.Reports.Domain;

/// <summary>The marking as it is written on pages, API responses and in JSON ("OFFICIAL-PUBLIC", "OFFICIAL-SENSITIVE").</summary>
public static class ClassificationMarkings
{
    public const string OfficialPublic = "OFFICIAL-PUBLIC";

    public static string Marking(this Classification classification) => classification switch
    {
        Classification.OfficialPublic => OfficialPublic,
        Classification.OfficialSensitive => OfficialSensitive.Marking,
        _ => throw new ArgumentOutOfRangeException(nameof(classification), classification, "Not a classification."),
    };

    /// <summary>Reads a marking as people write it (either spelling of the enum or the marking); null when it is none.</summary>
    public static Classification? Parse(string? value)
    {
        var normalised = value?.Trim().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return normalised?.ToUpperInvariant() switch
        {
            "OFFICIALPUBLIC" => Classification.OfficialPublic,
            "OFFICIALSENSITIVE" => Classification.OfficialSensitive,
            _ => null,
        };
    }
}

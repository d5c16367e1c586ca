namespace Portal.Publications.Authoring.ViewModels;

/// <summary>
/// A Part 2 section as its form posts it. <see cref="Body"/> is never drawn from the store (the editors' pages, like
/// the API, do not show Part 2 text): left empty on an existing section it keeps the stored text.
/// </summary>
public sealed class SensitiveSectionForm
{
    public string? Version { get; set; }

    public string? Heading { get; set; }

    public string? Body { get; set; }

    public string? Classification { get; set; }

    public string? ExemptionBasis { get; set; }

    /// <summary>A <see cref="Reports.Domain.ReleaseConditionKind"/> name: FixedDate or ContractExpiry.</summary>
    public string? ReleaseCondition { get; set; }

    public string? ReleaseDay { get; set; }

    public string? ReleaseMonth { get; set; }

    public string? ReleaseYear { get; set; }

    public string? ContractName { get; set; }
}

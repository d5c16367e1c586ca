namespace Portal.Publications.Reports.Domain;

/// <summary>
/// A section of the exempt Part 2, in Markdown: always OFFICIAL-SENSITIVE, with the exemption it is withheld under and
/// when it may be considered for release. Only <see cref="ExemptionBasis"/> and the release date are ever public.
/// </summary>
public sealed class Part2Section
{
    public Guid Id { get; set; }

    public Guid ReportId { get; set; }

    /// <summary>Order within Part 2, from 0.</summary>
    public int Position { get; set; }

    public string Heading { get; set; } = "";

    public string Body { get; set; } = "";

    public Classification Classification { get; set; }

    /// <summary>For example "Section 43, commercial interests".</summary>
    public string ExemptionBasis { get; set; } = "";

    public ReleaseConditionKind ReleaseCondition { get; set; }

    /// <summary>The fixed release date, or the named contract's expiry date.</summary>
    public DateOnly ReleaseOn { get; set; }

    /// <summary>The contract whose expiry releases the section (only for <see cref="ReleaseConditionKind.ContractExpiry"/>); never public.</summary>
    public string? ContractName { get; set; }

    /// <summary>When an editor reviewed the section after its release date arrived; null while no one did.</summary>
    public DateTimeOffset? ReleaseReviewedAt { get; set; }

    public string? ReleaseReviewedBy { get; set; }
}

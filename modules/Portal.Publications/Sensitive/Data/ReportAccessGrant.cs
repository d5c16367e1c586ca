namespace Portal.Publications.Sensitive.Data;

/// <summary>
/// Need to know: one person (by email, as they sign in) or API client ("client:&lt;id&gt;") may read the Part 2 of one
/// report. Holding the grant is necessary, never sufficient: the OfficialSensitive policy is checked as well.
/// </summary>
public sealed class ReportAccessGrant
{
    public Guid Id { get; set; }

    /// <summary>The report's reference, normalised as <see cref="Reports.Domain.ReportReference.Normalise"/> spells it.</summary>
    public string Reference { get; set; } = "";

    /// <summary>Lower-case email of a person, or "client:&lt;id&gt;"; the spelling of <see cref="Reports.Services.ReportActor"/>.</summary>
    public string Grantee { get; set; } = "";

    public string GrantedBy { get; set; } = "";

    public DateTimeOffset GrantedAt { get; set; }
}

namespace Portal.Publications.Reports.Domain;

/// <summary>
/// The Government Security Classification marking of a section or attachment. There is deliberately no zero value:
/// a classification nobody chose is not a classification, so an omitted one is refused rather than defaulted.
/// </summary>
public enum Classification
{
    OfficialPublic = 1,
    OfficialSensitive = 2,
}

namespace Portal.Publications.Reports.Domain;

/// <summary>
/// Where the working copy of a report is: Draft → InReview → Approved → Published, or Withdrawn. A published report
/// that is edited goes back to Draft while its last published version stays public until the next one is published.
/// </summary>
public enum ReportState
{
    Draft = 1,
    InReview = 2,
    Approved = 3,
    Published = 4,
    Withdrawn = 5,
}

namespace Portal.Publications.Reports.Services;

/// <summary>How an authoring request ended, one per HTTP answer it maps to.</summary>
public enum ReportOutcomeStatus
{
    Done,
    Created,
    NotFound,
    Invalid,
    Forbidden,
    Conflict,
    PreconditionRequired,
}

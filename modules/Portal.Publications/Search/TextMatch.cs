namespace Portal.Publications.Search;

/// <summary>One row of a full-text engine's answer: which public row matched and how well. Read through SqlQuery.</summary>
internal sealed class TextMatch
{
    public Guid ReportId { get; set; }

    public double Score { get; set; }
}

namespace Portal.CallRouting.Plans.Models;

/// <summary>A version in the history: its state as of now and who did what when.</summary>
public record PlanVersionSummaryResponse
{
    public PlanVersionSummaryResponse(RoutingPlanVersion v, PlanVersionStatus s)
    {
        Number = v.Number;
        State = s.State;
        InForce = s.InForce;
        Scheduled = s.Scheduled;
        CopiedFrom = v.CopiedFrom;
        RollbackOf = v.RollbackOf;
        CreatedBy = v.CreatedBy;
        CreatedAt = v.CreatedAt;
        UpdatedBy = v.UpdatedBy;
        UpdatedAt = v.UpdatedAt;
        SubmittedBy = v.SubmittedBy;
        SubmittedAt = v.SubmittedAt;
        ApprovedBy = v.ApprovedBy;
        ApprovedAt = v.ApprovedAt;
        ReturnedBy = v.ReturnedBy;
        ReturnedAt = v.ReturnedAt;
        ReturnedReason = v.ReturnedReason;
        PublishedBy = v.PublishedBy;
        PublishedAt = v.PublishedAt;
        EffectiveAt = v.EffectiveAt;
        SupersededBy = s.SupersededBy;
        SupersededAt = s.SupersededAt;
        Sha256 = v.Sha256;
    }

    public int Number { get; init; }
    public PlanState State { get; init; }
    /// <summary>The version routing uses now.</summary>
    public bool InForce { get; init; }
    /// <summary>Published, but its time has not come.</summary>
    public bool Scheduled { get; init; }
    public int? CopiedFrom { get; init; }
    public int? RollbackOf { get; init; }
    public string CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string? UpdatedBy { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }
    public string? SubmittedBy { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }
    public string? ApprovedBy { get; init; }
    public DateTimeOffset? ApprovedAt { get; init; }
    public string? ReturnedBy { get; init; }
    public DateTimeOffset? ReturnedAt { get; init; }
    public string? ReturnedReason { get; init; }
    public string? PublishedBy { get; init; }
    /// <summary>When the publisher asked for publication.</summary>
    public DateTimeOffset? PublishedAt { get; init; }
    /// <summary>When the version takes (or took) effect.</summary>
    public DateTimeOffset? EffectiveAt { get; init; }
    public int? SupersededBy { get; init; }
    public DateTimeOffset? SupersededAt { get; init; }
    public string? Sha256 { get; init; }
}

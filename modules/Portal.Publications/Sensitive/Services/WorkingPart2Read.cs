using Portal.Publications.Reports.Domain;

namespace Portal.Publications.Sensitive.Services;

/// <summary>The answer to one read of a working copy's Part 2: the report only when <see cref="Status"/> is Read.</summary>
public sealed record WorkingPart2Read(Part2ReadStatus Status, DecisionReport? Report = null)
{
    public static WorkingPart2Read NotFound { get; } = new(Part2ReadStatus.NotFound);

    public static WorkingPart2Read NoGrant { get; } = new(Part2ReadStatus.NoGrant);
}

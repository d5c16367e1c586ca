using Portal.Publications.Reports.Domain;

namespace Portal.Publications.Tests.Support;

/// <summary>Complete, valid reports for tests to start from (and break one field of).</summary>
internal static class SampleReports
{
    public static readonly WorkflowActor Author = new("author-1", "Alex Author");
    public static readonly WorkflowActor Reviewer = new("reviewer-1", "Robin Reviewer");
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    public static DecisionReport Draft(string reference = "PCD-2026-001", string part2Body = "The contract price is withheld.")
    {
        var id = Guid.NewGuid();
        return new DecisionReport
        {
            Id = id,
            Reference = reference,
            Title = "Replacing the control room telephony",
            Summary = "Approval to replace the telephony platform of the force control room.",
            DecisionMaker = "Deputy Commissioner",
            DecisionDate = new DateOnly(2026, 10, 1),
            Tags = ["Contact centres", "Technology"],
            AuthorId = Author.Id,
            AuthorName = Author.Name,
            CreatedAt = Now,
            UpdatedAt = Now,
            UpdatedBy = Author.Id,
            Part1 =
            [
                new Part1Section { Id = Guid.NewGuid(), ReportId = id, Position = 0, Kind = Part1SectionKind.ExecutiveSummary, Heading = "Executive summary", Body = "The current platform reaches the end of its support.", Classification = Classification.OfficialPublic },
                new Part1Section { Id = Guid.NewGuid(), ReportId = id, Position = 1, Kind = Part1SectionKind.Recommendations, Heading = "Recommendations", Body = "1. Approve the replacement.", Classification = Classification.OfficialPublic },
            ],
            Part2 =
            [
                new Part2Section
                {
                    Id = Guid.NewGuid(), ReportId = id, Position = 0, Heading = "Commercial detail", Body = part2Body,
                    Classification = Classification.OfficialSensitive, ExemptionBasis = "Section 43, commercial interests",
                    ReleaseCondition = ReleaseConditionKind.ContractExpiry, ReleaseOn = new DateOnly(2031, 3, 31), ContractName = "Telephony services 2026",
                },
            ],
        };
    }

    /// <summary>A draft taken through review and approval by a second person, ready to publish.</summary>
    public static DecisionReport Approved(string reference = "PCD-2026-001", string part2Body = "The contract price is withheld.")
    {
        var report = Draft(reference, part2Body);
        Assert.True(ReportWorkflow.Submit(report, Author, Now).Succeeded);
        Assert.True(ReportWorkflow.Approve(report, Reviewer, Now).Succeeded);
        return report;
    }
}

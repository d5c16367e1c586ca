namespace Portal.Publications.Tests.Support;

/// <summary>Report documents as the API takes them.</summary>
public static class ReportDocuments
{
    public static Dictionary<string, object?> Valid(string reference, string part2Body = "Prices per seat are withheld.") => new()
    {
        ["reference"] = reference,
        ["title"] = "Replacing the control room telephony",
        ["summary"] = "Approval to replace the telephony platform of the force control room.",
        ["decisionMaker"] = "Deputy Commissioner",
        ["decisionDate"] = "2026-10-01",
        ["tags"] = new[] { "Contact centres", "Technology" },
        ["part1"] = new object[]
        {
            new Dictionary<string, object?> { ["kind"] = "ExecutiveSummary", ["body"] = "The platform reaches the end of its support in **2027**.", ["classification"] = "OFFICIAL-PUBLIC" },
            new Dictionary<string, object?> { ["kind"] = "Recommendations", ["body"] = "1. Approve the replacement.", ["classification"] = "OFFICIAL-PUBLIC" },
        },
        ["part2"] = new object[]
        {
            new Dictionary<string, object?>
            {
                ["heading"] = "Commercial detail", ["body"] = part2Body, ["classification"] = "OFFICIAL-SENSITIVE",
                ["exemptionBasis"] = "Section 43, commercial interests", ["releaseCondition"] = "ContractExpiry",
                ["releaseOn"] = "2031-03-31", ["contractName"] = "Telephony services 2026",
            },
        },
    };
}

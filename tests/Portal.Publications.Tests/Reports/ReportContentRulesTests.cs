using Portal.Publications.Reports.Domain;
using Portal.Publications.Tests.Support;

namespace Portal.Publications.Tests.Reports;

public sealed class ReportContentRulesTests
{
    [Fact]
    public void A_complete_report_is_valid()
    {
        Assert.Empty(ReportContentRules.ValidateForReview(SampleReports.Draft()));
    }

    [Fact]
    public void A_section_without_a_classification_is_refused_in_either_part()
    {
        var report = SampleReports.Draft();
        report.Part1[1].Classification = default;
        report.Part2[0].Classification = default;

        var fields = ReportContentRules.Validate(report).Select(e => e.Field).ToList();

        Assert.Contains("part1[1].classification", fields);
        Assert.Contains("part2[0].classification", fields);
    }

    [Fact]
    public void Part_1_takes_only_official_public_and_part_2_only_official_sensitive()
    {
        var report = SampleReports.Draft();
        report.Part1[0].Classification = Classification.OfficialSensitive;
        report.Part2[0].Classification = Classification.OfficialPublic;

        var errors = ReportContentRules.Validate(report);

        Assert.Contains(errors, e => e.Field == "part1[0].classification" && e.Message.Contains("OFFICIAL-PUBLIC", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == "part2[0].classification" && e.Message.Contains("OFFICIAL-SENSITIVE", StringComparison.Ordinal));
    }

    [Fact]
    public void A_part_2_section_needs_its_exemption_basis_and_release_date()
    {
        var report = SampleReports.Draft();
        report.Part2[0].ExemptionBasis = " ";
        report.Part2[0].ReleaseOn = default;

        var fields = ReportContentRules.Validate(report).Select(e => e.Field).ToList();

        Assert.Equal(["part2[0].exemptionBasis", "part2[0].releaseOn"], fields);
    }

    [Fact]
    public void A_contract_expiry_names_the_contract_and_a_fixed_date_names_none()
    {
        var expiry = SampleReports.Draft();
        expiry.Part2[0].ContractName = null;
        var fixedDate = SampleReports.Draft();
        fixedDate.Part2[0].ReleaseCondition = ReleaseConditionKind.FixedDate;

        Assert.Equal("part2[0].contractName", Assert.Single(ReportContentRules.Validate(expiry)).Field);
        Assert.Equal("part2[0].contractName", Assert.Single(ReportContentRules.Validate(fixedDate)).Field);

        fixedDate.Part2[0].ContractName = null;
        Assert.Empty(ReportContentRules.Validate(fixedDate));
    }

    [Fact]
    public void An_unknown_release_condition_or_section_kind_is_refused()
    {
        var report = SampleReports.Draft();
        report.Part2[0].ReleaseCondition = (ReleaseConditionKind)7;
        report.Part1[0].Kind = (Part1SectionKind)42;

        var fields = ReportContentRules.Validate(report).Select(e => e.Field).ToList();

        Assert.Contains("part2[0].releaseCondition", fields);
        Assert.Contains("part1[0].kind", fields);
    }

    [Fact]
    public void An_attachment_without_a_classification_is_refused()
    {
        var report = SampleReports.Draft();
        report.Attachments.Add(new ReportAttachment { Id = Guid.NewGuid(), FileName = "a.pdf", Title = "Annex", Kind = AttachmentKind.Pdf });

        Assert.Equal("attachments[0].classification", Assert.Single(ReportContentRules.Validate(report)).Field);
    }

    [Fact]
    public void Headline_fields_are_required_and_bounded()
    {
        var report = SampleReports.Draft();
        report.Title = "";
        report.Summary = new string('x', ReportLimits.Summary + 1);
        report.DecisionMaker = " ";
        report.DecisionDate = default;
        report.Tags = ["a", "A"];

        var fields = ReportContentRules.Validate(report).Select(e => e.Field).ToList();

        Assert.Equal(["title", "summary", "decisionMaker", "decisionDate", "tags"], fields);
    }

    [Fact]
    public void Review_needs_a_part_1_section()
    {
        var report = SampleReports.Draft();
        report.Part1.Clear();

        Assert.Empty(ReportContentRules.Validate(report));
        Assert.Equal("part1", Assert.Single(ReportContentRules.ValidateForReview(report)).Field);
    }

    [Theory]
    [InlineData("PCD-2026-014", "PCD-2026-014")]
    [InlineData(" pcd-7 ", "PCD-7")]
    [InlineData("A", "A")]
    public void A_reference_is_normalised_to_upper_case(string input, string expected)
    {
        Assert.Equal(expected, ReportReference.Normalise(input));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-PCD")]
    [InlineData("PCD-")]
    [InlineData("PCD--1")]
    [InlineData("PCD 1")]
    [InlineData("PCD/1")]
    [InlineData("../etc")]
    [InlineData("PCD-1\nX")]
    [InlineData("ÄBC")]
    public void A_reference_is_letters_digits_and_single_inner_hyphens(string input)
    {
        Assert.Null(ReportReference.Normalise(input));
    }

    [Fact]
    public void A_reference_is_at_most_64_characters()
    {
        Assert.NotNull(ReportReference.Normalise(new string('A', ReportLimits.Reference)));
        Assert.Null(ReportReference.Normalise(new string('A', ReportLimits.Reference + 1)));
    }
}

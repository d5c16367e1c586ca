using Portal.Abstractions.Audit;
using Portal.Audit.Services;

namespace Portal.Audit.Tests.Unit;

public sealed class AuditQueryParserTests
{
    [Fact]
    public void An_empty_query_is_the_first_page_of_fifty_with_no_filter()
    {
        var (filter, errors) = AuditQueryParser.Parse(new AuditQuery());

        Assert.Empty(errors);
        Assert.Equal(new AuditFilter(), filter);
    }

    [Fact]
    public void A_full_query_is_parsed()
    {
        var (filter, _) = AuditQueryParser.Parse(new AuditQuery("2026-01-01", "2026-01-31", "features", "refused", " admin ", "role", "2", "500"));

        Assert.NotNull(filter);
        Assert.Equal(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), filter.From);
        Assert.Equal(new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc).AddTicks(-1), filter.To);
        Assert.Equal(AuditCategories.Features, filter.Category);
        Assert.Equal(AuditOutcome.Refused, filter.Outcome);
        Assert.Equal("admin", filter.Actor);
        Assert.Equal("role", filter.Text);
        Assert.Equal(2, filter.Page);
        Assert.Equal(500, filter.PageSize);
    }

    [Fact]
    public void Date_and_time_values_are_exact_instants()
    {
        var (filter, _) = AuditQueryParser.Parse(new AuditQuery(From: "2026-01-01T10:00:00+01:00"));

        Assert.Equal(new DateTime(2026, 1, 1, 9, 0, 0, DateTimeKind.Utc), filter!.From);
    }

    [Theory]
    [InlineData("from", "yesterday", null, null, null, null)]
    [InlineData("from", "2026-02-30", null, null, null, null)]
    [InlineData("to", null, "31/01/2026", null, null, null)]
    [InlineData("to", "2026-02-01", "2026-01-31", null, null, null)]
    [InlineData("category", null, null, "nope", null, null)]
    [InlineData("outcome", null, null, null, "maybe", null)]
    [InlineData("outcome", null, null, null, "2", null)]
    [InlineData("pageSize", null, null, null, null, "0")]
    [InlineData("pageSize", null, null, null, null, "501")]
    [InlineData("pageSize", null, null, null, null, "ten")]
    public void Bad_values_are_named(string field, string? from, string? to, string? category, string? outcome, string? pageSize)
    {
        var (filter, errors) = AuditQueryParser.Parse(new AuditQuery(from, to, category, outcome, PageSize: pageSize));

        Assert.Null(filter);
        Assert.Equal([field], errors.Keys);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1.5")]
    public void A_page_below_one_is_refused(string page) =>
        Assert.Contains("page", AuditQueryParser.Parse(new AuditQuery(Page: page)).Errors.Keys);

    [Fact]
    public void The_categories_are_those_of_the_abstractions() =>
        Assert.Contains(AuditCategories.SensitiveRead, AuditQueryParser.Categories);

    [Fact]
    public void The_query_string_keeps_the_search_for_export_and_paging() =>
        Assert.Equal("?from=2026-01-01&category=features&q=a%26b&page=3",
            new AuditQuery(From: "2026-01-01", Category: "features", Q: "a&b", Page: "9").ToQueryString(3));
}

using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Playwright;
using Portal.Users.Tests.Support;

namespace Portal.Browser.Tests.Publications;

/// <summary>
/// Issue 6's browser test, in a police force of its own: an author writes a decision report (metadata, a Part 1
/// section, a Part 2 section holding a unique marker) and submits it; a second person approves and publishes it and
/// gives a cleared reader a Part 2 grant; the public, in a fresh anonymous browser, finds the report by a word of it,
/// reads Part 1 under the OFFICIAL-PUBLIC marking with only the statement of Part 2's exemption, and is sent to sign
/// in for Part 2; the cleared reader, after a second factor, reads Part 2 under the OFFICIAL-SENSITIVE marking; the
/// audit log shows that read. Every step is taken on the pages as a person would (navigation, links, forms), and
/// every page visited is checked with axe-core.
/// </summary>
public sealed class PublicationJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Author_writes_second_person_publishes_public_finds_and_reads_part1_only_cleared_reader_reads_part2_and_audit_shows_it()
    {
        var tenant = await PublicationsTenant.CreateAsync(browser.Portal.Services);
        var report = new JourneyReport();

        var author = await browser.NewPageAsync();
        await author.SignInAsync(tenant.PathBase, tenant.AuthorEmail, PublicationsTenant.Password);
        await WriteAndSubmitAsync(author, tenant, report);

        var approver = await browser.NewPageAsync();
        await approver.SignInAsync(tenant.PathBase, tenant.ApproverEmail, PublicationsTenant.Password);
        await ApproveAndPublishAsync(approver, tenant, report);
        await GrantPart2Async(approver, tenant, report);

        var visitor = await browser.NewPageAsync();
        await FindByAWordOfItAsync(visitor, tenant, report);
        await ReadPart1WithoutPart2Async(visitor, report);
        await RefusePart2ToTheAnonymousAsync(visitor, tenant, report);

        var reader = await browser.NewPageAsync();
        await reader.SignInAsync(tenant.PathBase, tenant.ReaderEmail, PublicationsTenant.Password);
        await ReadPart2WithASecondFactorAsync(reader, tenant, report);

        await AuditShowsTheReadAsync(approver, tenant, report);
    }

    // The author reaches the editors' list from the force's home page, creates the report with its details, adds a
    // Part 1 section (previewed first) and a Part 2 section, and submits it for review; they may not approve it.
    private static async Task WriteAndSubmitAsync(IPage page, PublicationsTenant tenant, JourneyReport report)
    {
        await OpenReportsListAsync(page, tenant);
        await ClickToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Create report" }), "/admin/publications/drafts/new");
        await page.GetByLabel("Reference", new() { Exact = true }).FillAsync(report.Reference);
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(JourneyReport.Title);
        await page.GetByLabel("Summary", new() { Exact = true }).FillAsync(JourneyReport.Summary);
        await page.GetByLabel("Decision maker").FillAsync(JourneyReport.DecisionMaker);
        var decided = DateOnly.Parse(JourneyReport.DecisionDate, CultureInfo.InvariantCulture);
        await page.GetByLabel("Day", new() { Exact = true }).FillAsync(decided.Day.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Month", new() { Exact = true }).FillAsync(decided.Month.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Year", new() { Exact = true }).FillAsync(decided.Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Tags", new() { Exact = true }).FillAsync(JourneyReport.Tag);
        await ClickToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Create report" }), "/admin/publications/" + report.Reference);
        await Assertions.Expect(page.Locator("#report-state")).ToHaveTextAsync("Draft");
        await Assertions.Expect(page.Locator("#detail-title")).ToHaveTextAsync(JourneyReport.Title);

        await ClickToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Add section", Exact = true }), $"/admin/publications/{report.Reference}/sections/new");
        await page.GetByLabel("Kind of section").SelectOptionAsync(new SelectOptionValue { Label = JourneyReport.Part1Heading });
        await page.GetByLabel("Text", new() { Exact = true }).FillAsync(report.Part1Body);
        await page.GetByLabel("OFFICIAL-PUBLIC", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Assertions.Expect(page.Locator("#preview")).ToContainTextAsync(report.SearchWord);
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(page);
        await ClickToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Save" }), "/admin/publications/" + report.Reference);
        await Assertions.Expect(page.Locator("#part1_0_")).ToContainTextAsync(report.SearchWord);

        await ClickToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Add Part 2 section" }), $"/admin/publications/{report.Reference}/part-2-sections/new");
        await page.GetByLabel("Heading", new() { Exact = true }).FillAsync(JourneyReport.Part2Heading);
        await page.GetByLabel("Text", new() { Exact = true }).FillAsync(report.Part2Body);
        await page.GetByLabel("OFFICIAL-SENSITIVE", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Exemption basis").FillAsync(JourneyReport.ExemptionBasis);
        await page.GetByLabel("When a named contract expires").CheckAsync();
        var release = DateOnly.Parse(JourneyReport.ReleaseOn, CultureInfo.InvariantCulture);
        await page.GetByLabel("Day", new() { Exact = true }).FillAsync(release.Day.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Month", new() { Exact = true }).FillAsync(release.Month.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Year", new() { Exact = true }).FillAsync(release.Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Contract name").FillAsync(JourneyReport.ContractName);
        await ClickToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Save" }), "/admin/publications/" + report.Reference);
        await Assertions.Expect(page.Locator("#part2-sections")).ToContainTextAsync(JourneyReport.Part2Heading);
        // The editors' page never shows a Part 2 text, not even to its author.
        await AssertNoMarkerAsync(page, report);

        await page.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Assertions.Expect(page.Locator("#report-state")).ToHaveTextAsync("In review");
        await Assertions.Expect(page.Locator("#own-report")).ToContainTextAsync("another person must approve it");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Approve" })).ToHaveCountAsync(0);
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(page);
    }

    // A second person, who did not write it, finds it in the list, approves it and publishes its first version.
    private static async Task ApproveAndPublishAsync(IPage page, PublicationsTenant tenant, JourneyReport report)
    {
        await OpenReportsListAsync(page, tenant);
        await ClickToAsync(page, page.Locator("#reports").GetByRole(AriaRole.Link, new() { Name = report.Reference }), "/admin/publications/" + report.Reference);
        await Assertions.Expect(page.Locator("#report-state")).ToHaveTextAsync("In review");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Submit for review" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(page.Locator("#report-state")).ToHaveTextAsync("Approved");
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(page);

        // The first version's change note may stay empty ("First published.").
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#report-state")).ToHaveTextAsync("Published");
        await Assertions.Expect(page.Locator("#versions")).ToContainTextAsync("First published.");
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(page);
    }

    private static async Task OpenReportsListAsync(IPage page, PublicationsTenant tenant)
    {
        await page.GotoCheckedAsync(tenant.PathBase + "/");
        await ClickToAsync(page, page.MainNavigation().GetByRole(AriaRole.Link, new() { Name = "Administration", Exact = true }), "/admin");
        await ClickToAsync(page, AdminLink(page, "Decision reports"), "/admin/publications");
    }

    // Need to know: the reader may see this report's Part 2 only once somebody gives them a grant for it.
    private static async Task GrantPart2Async(IPage page, PublicationsTenant tenant, JourneyReport report)
    {
        await ClickToAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Who may read Part 2" }), $"/admin/publications/{report.Reference}/grants");
        await Assertions.Expect(page.Locator("#no-grants")).ToBeVisibleAsync();
        await page.GetByLabel("Email address, or client:<id> for an API client").FillAsync(tenant.ReaderEmail);
        await page.GetByRole(AriaRole.Button, new() { Name = "Give grant" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync(tenant.ReaderEmail);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync($"{tenant.ReaderEmail} may now read Part 2 of {report.Reference}");
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(page);
    }

    // The public, never signed in, searches the force's decision reports for a word only this report has; its
    // marker, searched for, finds nothing.
    private static async Task FindByAWordOfItAsync(IPage page, PublicationsTenant tenant, JourneyReport report)
    {
        await page.GotoCheckedAsync(tenant.PathBase + "/");
        await ClickToAsync(page, page.MainNavigation().GetByRole(AriaRole.Link, new() { Name = "Decision reports", Exact = true }), "/publications");

        // The page repeats the search itself (the box, the sign-in link's return address): no result may follow it.
        await SearchAsync(page, report.Marker);
        await Assertions.Expect(page.Locator("#results-heading")).ToHaveTextAsync("0 reports");
        await Assertions.Expect(page.Locator(".portal-publications-results")).ToHaveCountAsync(0);

        await SearchAsync(page, report.SearchWord);
        await Assertions.Expect(page.Locator("#results-heading")).ToHaveTextAsync("1 report");
        await ClickToAsync(page, page.Locator(".portal-publications-results").GetByRole(AriaRole.Link, new() { Name = JourneyReport.Title }),
            "/publications/" + report.Reference);
    }

    // Part 1 under the OFFICIAL-PUBLIC marking at top and bottom; of Part 2, only what it is withheld under and until when.
    private static async Task ReadPart1WithoutPart2Async(IPage page, JourneyReport report)
    {
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(JourneyReport.Title);
        await AssertMarkingTopAndBottomAsync(page, "OFFICIAL-PUBLIC");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = JourneyReport.Part1Heading })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(report.SearchWord);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Part 2", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(JourneyReport.ExemptionStatement);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = JourneyReport.Part2Heading })).ToHaveCountAsync(0);
        // The statement only: neither the section's text nor the contract it names (never public) is on the page.
        var html = await page.ContentAsync();
        Assert.DoesNotContain(JourneyReport.Part2Opening, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(JourneyReport.ContractName, html, StringComparison.OrdinalIgnoreCase);
        await AssertNoMarkerAsync(page, report);
    }

    // The anonymous visitor asking for Part 2 is sent to sign in, and is shown nothing of it.
    private static async Task RefusePart2ToTheAnonymousAsync(IPage page, PublicationsTenant tenant, JourneyReport report)
    {
        var part2 = $"{tenant.PathBase}/publications/{report.Reference}/part-2";
        await page.GotoAsync(part2);
        Assert.StartsWith(tenant.PathBase + "/account/login", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await AssertNoMarkerAsync(page, report);
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(page);
    }

    // The cleared reader sets up an authenticator, is asked for a code on the way to Part 2, and reads it there.
    private static async Task ReadPart2WithASecondFactorAsync(IPage page, PublicationsTenant tenant, JourneyReport report)
    {
        await page.GotoCheckedAsync(tenant.PathBase + "/account/security");
        await page.GotoCheckedAsync(tenant.PathBase + "/account/security/enable");
        var key = (await page.Locator("#shared-key").InnerTextAsync()).Trim();
        await page.GetByLabel("Code").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("recovery code");
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(page);

        var part2 = $"{tenant.PathBase}/publications/{report.Reference}/part-2";
        await page.GotoAsync(part2);
        Assert.Contains("/account/step-up", page.Url, StringComparison.Ordinal);
        await AssertNoMarkerAsync(page, report);
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(page);
        await page.GetByLabel("Code").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == part2, new() { WaitUntil = WaitUntilState.DOMContentLoaded });

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Part 2: " + JourneyReport.Title);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = JourneyReport.Part2Heading })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(report.Marker);
        await AssertMarkingTopAndBottomAsync(page, "OFFICIAL-SENSITIVE");
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(page);
    }

    // The records officer searches the audit log for reads of OFFICIAL-SENSITIVE material of this report.
    private static async Task AuditShowsTheReadAsync(IPage page, PublicationsTenant tenant, JourneyReport report)
    {
        await page.GotoCheckedAsync(tenant.PathBase + "/admin");
        await ClickToAsync(page, AdminLink(page, "Audit log"), "/admin/audit");
        await page.GetByLabel("Category").SelectOptionAsync("sensitive-read");
        await page.GetByLabel("Text (in action, subject or detail)").FillAsync(report.Reference);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await WaitForQueryAsync(page, "q", report.Reference);

        var read = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "part-2-read" });
        await Assertions.Expect(read).ToHaveCountAsync(1);
        await Assertions.Expect(read).ToContainTextAsync(tenant.ReaderEmail);
        await Assertions.Expect(read).ToContainTextAsync(report.Reference);
        await Assertions.Expect(read).ToContainTextAsync("Success");
        await AssertNoMarkerAsync(page, report);
    }

    private static async Task SearchAsync(IPage page, string text)
    {
        await page.GetByLabel("Search decision reports").FillAsync(text);
        await page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await WaitForQueryAsync(page, "q", text);
        await Assertions.Expect(page.GetByLabel("Search decision reports")).ToHaveValueAsync(text);
    }

    // A search form answers at its own address: wait for the document that carries this search (GET form), then axe it.
    private static async Task WaitForQueryAsync(IPage page, string name, string value)
    {
        await page.WaitForURLAsync(url => QueryHelpers.ParseQuery(new Uri(url).Query).TryGetValue(name, out var sent) && sent == value,
            new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(page);
    }

    private static async Task AssertMarkingTopAndBottomAsync(IPage page, string marking)
    {
        var markings = page.Locator(".portal-classification__text");
        await Assertions.Expect(markings).ToHaveCountAsync(2);
        await Assertions.Expect(markings.First).ToContainTextAsync(marking);
        await Assertions.Expect(markings.Last).ToContainTextAsync(marking);
    }

    // The whole document as served and rendered (attributes, hidden text, head), not only what is visible.
    private static async Task AssertNoMarkerAsync(IPage page, JourneyReport report)
    {
        var html = await page.ContentAsync();
        Assert.DoesNotContain(report.Marker, html, StringComparison.OrdinalIgnoreCase);
    }

    private static ILocator AdminLink(IPage page, string name) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Administration" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    // Clicks, waits for the document at the address the click leads to (never for whichever document is current),
    // and checks it with axe-core.
    private static async Task ClickToAsync(IPage page, ILocator target, string path)
    {
        var expected = PathBaseOf(page) + path;
        await target.ClickAsync();
        try
        {
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == expected, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        }
        catch (TimeoutException e)
        {
            // Say where the click led instead, and what that page says is wrong, rather than only that time ran out.
            var summary = page.Locator(".govuk-error-summary");
            var errors = await summary.CountAsync() > 0 ? await summary.First.InnerTextAsync() : "(no error summary)";
            throw new TimeoutException($"The click did not lead to {expected}: the page is {page.Url}, titled '{await page.TitleAsync()}'. {errors}", e);
        }

        await AccessibilityChecks.AssertNoSeriousViolationsAsync(page);
    }

    private static string PathBaseOf(IPage page) => "/" + new Uri(page.Url).AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[0];
}

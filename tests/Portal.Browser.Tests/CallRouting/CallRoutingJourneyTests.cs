using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Portal.Browser.Tests.CallRouting;

/// <summary>
/// Issue 5's browser test, in a police force of its own: an editor sets up centres and a 999 queue, writes a policy
/// rule into a draft plan and submits it; the page refuses to let them approve their own version; an approver
/// approves and publishes it; the editor starts the traffic simulator from the live dashboard and watches its figures
/// move; then compares the published version with a changed draft on the what-if page (chart with the 90% target
/// line, and the tables). Every page is reached as a person would (navigation, links, buttons) and checked with axe-core.
/// </summary>
public sealed class CallRoutingJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string QueueCode = "Q999";
    private const string QueueName = "Emergency calls";
    private const string FirstCentre = "NORTH-1";
    private const string FirstCentreName = "North control room";
    private const string SecondCentre = "SOUTH-1";
    private const string SecondCentreName = "South control room";
    private const string RuleName = "Busy: send to the south";

    [Fact]
    public async Task Editor_builds_and_submits_a_plan_approver_publishes_it_simulator_moves_the_dashboard_and_what_if_compares_versions()
    {
        var tenant = await RoutingTenant.CreateAsync(browser.Portal.Services);
        var editor = await browser.NewPageAsync();
        await editor.SignInAsync(tenant.PathBase, tenant.EditorEmail, RoutingTenant.Password);

        await AddCentresAndQueueAsync(editor, tenant);
        await WriteAndSubmitPlanAsync(editor);
        await OwnApprovalIsNotOfferedAsync(editor);

        var approver = await browser.NewPageAsync();
        await approver.SignInAsync(tenant.PathBase, tenant.ApproverEmail, RoutingTenant.Password);
        await ApproveAndPublishAsync(approver, tenant);

        await RunSimulatorAsync(editor);
        await CompareVersionsAsync(editor);
    }

    // The editor reaches call routing from the force's home page, then adds two centres and a 999 queue both serve.
    private static async Task AddCentresAndQueueAsync(IPage page, RoutingTenant tenant)
    {
        await page.GotoCheckedAsync(tenant.PathBase + "/");
        await ClickToAsync(page, page.MainNavigation().GetByRole(AriaRole.Link, new() { Name = "Call routing", Exact = true }), "/routing/centres");

        foreach (var (code, name, staffed) in new[] { (FirstCentre, FirstCentreName, "4"), (SecondCentre, SecondCentreName, "3") })
        {
            await ClickToAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Add a centre" }), "/routing/centres/create");
            await page.GetByLabel("Code", new() { Exact = true }).FillAsync(code);
            await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
            await page.GetByLabel("Staffed positions").FillAsync(staffed);
            await ClickToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Add centre" }), "/routing/centres");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync(name);
        }

        await ClickToAsync(page, AdminLink(page, "Call routing: queues"), "/routing/queues");
        await ClickToAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Add a queue" }), "/routing/queues/create");
        await page.GetByLabel("Code", new() { Exact = true }).FillAsync(QueueCode);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(QueueName);
        await page.GetByLabel("Service", new() { Exact = true }).FillAsync("999");
        await page.GetByLabel("Priority").FillAsync("1");
        await page.GetByLabel("Maximum queue length").FillAsync("200");
        await page.GetByLabel("Maximum wait in seconds").FillAsync("600");
        var serving = page.GetByRole(AriaRole.Group, new() { Name = "Serving centres" });
        await serving.GetByLabel(FirstCentreName).SelectOptionAsync(new SelectOptionValue { Label = "Preference 1" });
        await serving.GetByLabel(SecondCentreName).SelectOptionAsync(new SelectOptionValue { Label = "Preference 2" });
        await ClickToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Add queue" }), "/routing/queues");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(QueueName);
    }

    // A draft with a policy for the queue and one rule written on the rule form, submitted after validation.
    private static async Task WriteAndSubmitPlanAsync(IPage page)
    {
        await ClickToAsync(page, AdminLink(page, "Call routing: plans"), "/routing/plans");
        await ClickToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Create draft" }), "/routing/plans/1/edit");

        await page.GetByLabel("Add a policy for a queue").FillAsync(QueueCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add queue policy" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Queue " + QueueCode })).ToBeVisibleAsync();
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(page);

        await ClickToAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Add a rule to queue " + QueueCode }), "/routing/plans/1/queues/0/rules/new");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(RuleName);
        var condition = page.GetByRole(AriaRole.Group, new() { Name = "Condition 1" });
        await condition.GetByLabel("Kind of condition").SelectOptionAsync("queueMetric");
        await condition.GetByLabel("Queue figure (queueMetric)").SelectOptionAsync("QueueLength");
        await condition.GetByLabel("Comparison (queueMetric)").SelectOptionAsync("GreaterThan");
        var action = page.GetByRole(AriaRole.Group, new() { Name = "Action 1" });
        await action.GetByLabel("Kind of action").SelectOptionAsync("routeToCentre");
        await action.GetByLabel("Centre, queue, agreement id, announcement or recipient").FillAsync(SecondCentre);

        // Without its threshold the rule is refused: the error summary says why and links to the field to correct.
        await page.GetByRole(AriaRole.Button, new() { Name = "Save rule" }).ClickAsync();
        var problem = page.Locator(".govuk-error-summary").GetByRole(AriaRole.Link, new() { Name = "The threshold must be a number, like 20 or 0.9." });
        await Assertions.Expect(problem).ToBeVisibleAsync();
        var threshold = page.Locator(await problem.GetAttributeAsync("href") ?? "#missing");
        await Assertions.Expect(threshold).ToHaveAttributeAsync("name", "Conditions[0].Threshold");
        // The message is read out with the field itself, not only in the summary.
        await Assertions.Expect(page.Locator("#" + await threshold.GetAttributeAsync("aria-describedby"))).ToContainTextAsync("The threshold must be a number");
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(page);

        await condition.GetByLabel("Threshold (queueMetric)").FillAsync("5");
        await ClickToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Save rule" }), "/routing/plans/1/edit");
        var rules = page.GetByRole(AriaRole.Table, new() { Name = $"Rules of queue {QueueCode}, in the order they are tried" });
        await Assertions.Expect(rules).ToContainTextAsync(RuleName);
        await Assertions.Expect(rules).ToContainTextAsync(SecondCentre);

        await ClickToAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Back to version 1" }), "/routing/plans/1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit for approval" }).ClickAsync();
        await Assertions.Expect(page.Locator("#state")).ToHaveTextAsync("Submitted");
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(page);
    }

    // The editor holds the approve permission too, but the two-person rule means another must approve: the page says
    // so instead of offering a button that can only be refused (the service refuses a forged post anyway: API tests).
    private static async Task OwnApprovalIsNotOfferedAsync(IPage page)
    {
        await Assertions.Expect(page.Locator("#approve-by-another")).ToContainTextAsync("another person with the approve permission must approve it");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Approve" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#state")).ToHaveTextAsync("Submitted");
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(page);
    }

    private static async Task ApproveAndPublishAsync(IPage page, RoutingTenant tenant)
    {
        await page.GotoCheckedAsync(tenant.PathBase + "/");
        await ClickToAsync(page, page.MainNavigation().GetByRole(AriaRole.Link, new() { Name = "Call routing", Exact = true }), "/routing/centres");
        await ClickToAsync(page, AdminLink(page, "Call routing: plans"), "/routing/plans");
        await ClickToAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Version 1", Exact = true }), "/routing/plans/1");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Submit for approval" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(page.Locator("#state")).ToHaveTextAsync("Approved");
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(page);

        await page.GetByLabel("Now").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#state")).ToHaveTextAsync("In force");
        await Assertions.Expect(page.Locator("#sha256")).ToHaveTextAsync(new Regex("^[0-9a-f]{64}$"));
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(page);
    }

    // More calls than one agent per centre can take and callers who never hang up: calls waiting can only grow, and
    // the table shows it without the page being reloaded (the dashboard follows its event stream).
    private static async Task RunSimulatorAsync(IPage page)
    {
        await ClickToAsync(page, AdminLink(page, "Call routing: live dashboard"), "/routing/dashboard");
        var waiting = page.Locator($"#routing-live-queues tr[data-queue='{QueueCode}'] td").First;
        await Assertions.Expect(waiting).ToHaveTextAsync("0");

        await page.GetByRole(AriaRole.Group, new() { Name = "Calls a minute per queue (Poisson arrivals)" }).GetByLabel(QueueName).FillAsync("300");
        var agents = page.GetByRole(AriaRole.Group, new() { Name = "Agents per centre" });
        await agents.GetByLabel(FirstCentreName).FillAsync("1");
        await agents.GetByLabel(SecondCentreName).FillAsync("1");
        await page.GetByLabel("Mean handling time in seconds").FillAsync("600");
        await page.GetByLabel("Mean patience in seconds before a waiting caller hangs up (0: nobody does)").FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the simulator" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Stop the simulator" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-live-status]")).ToHaveTextAsync("Updating live.");
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(page);

        var before = WholeNumber(await waiting.InnerTextAsync());
        await Assertions.Expect(waiting).Not.ToHaveTextAsync(before.ToString(CultureInfo.InvariantCulture));
        var after = WholeNumber(await waiting.InnerTextAsync());
        Assert.True(after > before, $"calls waiting went from {before} to {after}: it can only grow while no caller hangs up");
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Stop the simulator" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Start the simulator" })).ToBeVisibleAsync();
    }

    // Version 2 copies the published version and drops its rule; what-if puts a typical weekday through both.
    private static async Task CompareVersionsAsync(IPage page)
    {
        await ClickToAsync(page, AdminLink(page, "Call routing: plans"), "/routing/plans");
        await Assertions.Expect(page.GetByLabel("Start a new draft")).ToHaveValueAsync("1");
        await ClickToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Create draft" }), "/routing/plans/2/edit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove rule " + RuleName }).ClickAsync();
        // Only the queue's default is left (a count, not an absence, so the old page cannot satisfy it).
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = $"Rules of queue {QueueCode}, in the order they are tried" })
            .Locator("tbody tr")).ToHaveCountAsync(1);
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(page);

        await ClickToAsync(page, AdminLink(page, "Call routing: what-if"), "/routing/what-if");
        await page.GetByLabel("Plan version").SelectOptionAsync("1");
        await page.GetByLabel("Compare with").SelectOptionAsync("2");
        await page.GetByLabel("Typical weekday (built in)").CheckAsync();
        await page.GetByLabel("Simulated days").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Predict" }).ClickAsync();

        await Assertions.Expect(page.Locator("#results")).ToContainTextAsync("Prediction for");
        var day = page.GetByRole(AriaRole.Table, new() { Name = "The day per queue" });
        await Assertions.Expect(day.GetByRole(AriaRole.Columnheader, new() { Name = "Version 1: half hours below 90%" })).ToBeVisibleAsync();
        await Assertions.Expect(day.GetByRole(AriaRole.Columnheader, new() { Name = "Version 2: half hours below 90%" })).ToBeVisibleAsync();
        await Assertions.Expect(day.GetByRole(AriaRole.Rowheader)).ToContainTextAsync($"{QueueName} ({QueueCode}, 999)");
        var halfHours = page.GetByRole(AriaRole.Table, new() { Name = $"{QueueName}: answered within 10 seconds per half hour" });
        await Assertions.Expect(halfHours.GetByRole(AriaRole.Columnheader, new() { Name = "v2 simulated (95% band)" })).ToBeVisibleAsync();
        Assert.True(await halfHours.Locator("tbody tr").CountAsync() >= 24, "a day's table has a row per half hour");

        // The chart is drawn (its canvas shown) with a series per version and the red 90% target line of a 999 queue.
        var chart = page.Locator("#what-if-chart-0");
        await Assertions.Expect(chart).ToBeVisibleAsync();
        var labels = await chart.EvaluateAsync<string[]>("canvas => window.Chart.getChart(canvas).data.datasets.map(d => d.label)");
        Assert.Contains("999 target: 90% within 10 s", labels);
        Assert.Contains(labels, l => l.StartsWith("Version 1", StringComparison.Ordinal));
        Assert.Contains(labels, l => l.StartsWith("Version 2", StringComparison.Ordinal));
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(page);
    }

    private static ILocator AdminLink(IPage page, string name) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Administration" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    // Clicks, waits for the document at the address the click leads to (never for whichever document is current),
    // and checks it with axe-core.
    private static async Task ClickToAsync(IPage page, ILocator target, string path)
    {
        var expected = PathBaseOf(page) + path;
        await target.ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == expected, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(page);
    }

    private static string PathBaseOf(IPage page) => "/" + new Uri(page.Url).AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[0];

    private static int WholeNumber(string text) => int.Parse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture);
}

using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Portal.Browser.Tests;

/// <summary>WCAG 2.2 AA: axe-core must report no serious or critical violation on a page.</summary>
public static class AccessibilityChecks
{
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var results = await page.RunAxe();
        var serious = results.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
        Assert.True(serious.Count == 0, $"axe-core on {page.Url}:\n" + string.Join("\n", serious));
    }
}

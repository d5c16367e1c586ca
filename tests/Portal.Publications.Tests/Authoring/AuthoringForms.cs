using System.Net;
using System.Text.RegularExpressions;
using Portal.Publications.Tests.Support;

namespace Portal.Publications.Tests.Authoring;

/// <summary>
/// A person using the editors' pages as a browser without script does: open a page, take its antiforgery token and the
/// report version its forms carry, post a form. Paths are the tenant's (without "/met").
/// </summary>
internal static partial class AuthoringForms
{
    public const string List = "/admin/publications";
    public const string NewReport = "/admin/publications/drafts/new";

    [GeneratedRegex(@"<input[^>]*name=""__RequestVerificationToken""[^>]*value=""([^""]+)""")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"<input[^>]*name=""[Vv]ersion""[^>]*value=""([0-9a-f]{32})""")]
    private static partial Regex VersionPattern();

    public static string Report(string reference) => $"{List}/{reference}";

    public static async Task<(HttpStatusCode Status, string Html)> GetAsync(PublicationsSession person, string path)
    {
        var response = await person.Browser.GetAsync(PublicationsSession.Tenant + path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The version the page's forms carry (the first one drawn).</summary>
    public static string VersionOf(string html)
    {
        var match = VersionPattern().Match(html);
        Assert.True(match.Success, "the page carries no report version");
        return match.Groups[1].Value;
    }

    /// <summary>
    /// Opens <paramref name="page"/> and posts <paramref name="fields"/> to <paramref name="action"/> with the page's
    /// antiforgery token and, unless the fields name one, the version the page was drawn with.
    /// </summary>
    public static async Task<HttpResponseMessage> PostAsync(PublicationsSession person, string page, string action, params (string Name, string Value)[] fields)
    {
        var (status, html) = await GetAsync(person, page);
        Assert.True(status == HttpStatusCode.OK, $"GET {page} answered {(int)status}");
        var token = TokenPattern().Match(html);
        Assert.True(token.Success, $"{page} has no antiforgery token");
        var all = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        if (!all.Any(f => f.Key.Equals("version", StringComparison.OrdinalIgnoreCase)) && VersionPattern().Match(html) is { Success: true } version)
        {
            all.Add(new("Version", version.Groups[1].Value));
        }

        all.Add(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        return await person.Browser.PostAsync(PublicationsSession.Tenant + action, new FormUrlEncodedContent(all));
    }

    public static Task<HttpResponseMessage> CreateAsync(PublicationsSession person, string reference, string title = "Replacing the control room telephony") =>
        PostAsync(person, NewReport, NewReport,
            ("Reference", reference), ("Title", title), ("Summary", "Approval to replace the telephony platform of the force control room."),
            ("DecisionMaker", "Deputy Commissioner"), ("DecisionDay", "1"), ("DecisionMonth", "10"), ("DecisionYear", "2026"), ("Tags", "Contact centres, Technology"));

    public static Task<HttpResponseMessage> AddSectionAsync(PublicationsSession person, string reference, string kind = "ExecutiveSummary",
        string body = "The platform reaches the end of its support in **2027**.", string classification = "OFFICIAL-PUBLIC") =>
        PostAsync(person, $"{Report(reference)}/sections/new", $"{Report(reference)}/sections/new",
            ("Kind", kind), ("Heading", ""), ("Body", body), ("Classification", classification), ("Action", "save"));

    /// <summary>Posts a workflow step from the report's page.</summary>
    public static Task<HttpResponseMessage> StepAsync(PublicationsSession person, string reference, string step, params (string Name, string Value)[] fields) =>
        PostAsync(person, Report(reference), $"{Report(reference)}/{step}", fields);

    /// <summary>Asserts a redirect back to the report's page (a stored change).</summary>
    public static void IsSaved(HttpResponseMessage response, string reference)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"expected a redirect, got {(int)response.StatusCode}: {Summary(response)}");
        Assert.StartsWith($"{PublicationsSession.Tenant}{Report(reference)}", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Asserts the page came back with <paramref name="status"/> and a GOV.UK error summary whose links include <paramref name="links"/>.</summary>
    public static async Task<string> IsRefusedAsync(HttpResponseMessage response, HttpStatusCode status, params string[] links)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}");
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        foreach (var link in links)
        {
            Assert.Contains($"href=\"#{link}\"", html, StringComparison.Ordinal);
        }

        return html;
    }

    private static string Summary(HttpResponseMessage response)
    {
        var html = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        var at = html.IndexOf("govuk-error-summary__list", StringComparison.Ordinal);
        return at < 0 ? "" : html.Substring(at, Math.Min(600, html.Length - at));
    }
}

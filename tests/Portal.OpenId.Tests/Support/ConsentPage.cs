using System.Net;
using System.Text.RegularExpressions;

namespace Portal.OpenId.Tests.Support;

/// <summary>Reads the consent page the way a browser submits it: every hidden field of its form, then the button pressed.</summary>
public static partial class ConsentPage
{
    public const string Allow = "submit.Accept";
    public const string Deny = "submit.Deny";

    [GeneratedRegex(@"<input\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputPattern();

    [GeneratedRegex(@"\b(name|value|type)=""([^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex AttributePattern();

    [GeneratedRegex(@"<form\b[^>]*action=""[^""]*/connect/authorize"".*?</form>", RegexOptions.Singleline)]
    private static partial Regex ConsentFormPattern();

    /// <summary>The hidden fields of the consent form (the original request and the antiforgery token), decoded.</summary>
    public static List<KeyValuePair<string, string>> HiddenFields(string html)
    {
        var form = ConsentFormPattern().Match(html);
        Assert.True(form.Success, "the page has no consent form");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match input in InputPattern().Matches(form.Value))
        {
            var attributes = AttributePattern().Matches(input.Value).ToDictionary(m => m.Groups[1].Value.ToLowerInvariant(), m => WebUtility.HtmlDecode(m.Groups[2].Value));
            if (attributes.GetValueOrDefault("type") == "hidden" && attributes.TryGetValue("name", out var name))
            {
                fields.Add(new(name, attributes.GetValueOrDefault("value") ?? ""));
            }
        }

        return fields;
    }

    /// <summary>Posts the page's form back to the authorization endpoint with <paramref name="button"/> pressed.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(HttpClient browser, string html, string button, bool withAntiforgery = true)
    {
        var fields = HiddenFields(html)
            .Where(f => withAntiforgery || f.Key != "__RequestVerificationToken")
            .Append(new(button, button == Allow ? "Allow" : "Deny"));
        return browser.PostAsync("/connect/authorize", new FormUrlEncodedContent(fields));
    }
}

using System.Net;

namespace Portal.Host.Web;

/// <summary>
/// A minimal, self-contained page for answers given outside any theme (unknown pages, a tenant that is
/// switched off or being set up). It links the tenant's stylesheet when there is one.
/// </summary>
internal static class SimplePage
{
    public static string Render(string title, string? detail, string pathBase)
    {
        var t = WebUtility.HtmlEncode(title);
        var d = WebUtility.HtmlEncode(detail ?? "");
        var home = WebUtility.HtmlEncode(string.IsNullOrEmpty(pathBase) ? "/" : pathBase + "/");
        var css = WebUtility.HtmlEncode(pathBase + "/_content/Portal.Themes.GovUk/css/portal.css");
        return $"""
            <!DOCTYPE html>
            <html lang="en" class="govuk-template">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{t} – Portal</title><link rel="stylesheet" href="{css}"></head>
            <body class="govuk-template__body">
            <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
            <div class="govuk-width-container">
            <main class="govuk-main-wrapper" id="main-content" role="main">
            <h1 class="govuk-heading-l">{t}</h1>
            <p class="govuk-body">{d}</p>
            <p class="govuk-body"><a class="govuk-link" href="{home}">Go to the home page</a></p>
            </main></div></body></html>
            """;
    }
}

using System.Net;
using System.Text;
using Portal.CallRouting.Tests.Support;

namespace Portal.CallRouting.Tests.WhatIf;

public sealed class WhatIfPageTests(WhatIfPortalFactory factory) : IClassFixture<WhatIfPortalFactory>
{
    private const string Page = "/met/routing/what-if";

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var anonymous = factory.CreateApiClient();

        var response = await anonymous.GetAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/met/account/login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task The_form_offers_the_versions_and_the_typical_weekday()
    {
        using var browser = await factory.SignInAsync();

        var html = await browser.GetStringAsync(Page);

        Assert.Contains("Version 1 (published 1 Dec 2026)", html);
        Assert.Contains("Version 2 (draft)", html);
        Assert.Contains("halfHour,kind,code,calls,averageHandlingSeconds,agents", html);
    }

    [Fact]
    public async Task Comparing_with_the_typical_weekday_shows_tables_and_chart_data()
    {
        using var browser = await factory.SignInAsync();

        var response = await WhatIfPortalFactory.PostFormAsync(browser, Page, Page, token => Form(token, "typical"));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Prediction for Wednesday 2 December 2026", html);
        Assert.Contains("Emergency: answered within 10 seconds per half hour", html);
        Assert.Contains("v1 Erlang C", html);
        Assert.Contains("v2 simulated (95% band)", html);
        Assert.Contains("id=\"what-if-chart-data\"", html);
        Assert.Contains("\"targetPercent\":90", html);
        Assert.Contains("chart.umd.min.js", html);
    }

    [Fact]
    public async Task A_pasted_csv_with_a_bad_line_is_shown_in_the_error_summary()
    {
        using var browser = await factory.SignInAsync();
        const string csv = "halfHour,kind,code,calls,averageHandlingSeconds,agents\n07:15,queue,999,12,240,\n";

        var response = await WhatIfPortalFactory.PostFormAsync(browser, Page, Page, token => Form(token, "paste", csv));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("govuk-error-summary", html);
        Assert.Contains("href=\"#ProfileText\"", html);
        Assert.Contains("Line 2:", html);
        Assert.DoesNotContain("Prediction for", html);
    }

    [Fact]
    public async Task A_pasted_profile_with_a_negative_count_names_the_half_hour()
    {
        using var browser = await factory.SignInAsync();
        var csv = "halfHour,kind,code,calls,averageHandlingSeconds,agents\n06:30,queue,999,-3,240,\n06:30,centre,NORTH,,,5\n";

        var response = await WhatIfPortalFactory.PostFormAsync(browser, Page, Page, token => Form(token, "paste", csv));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("06:30, queue 999, calls:", html);
    }

    [Fact]
    public async Task An_uploaded_json_profile_is_predicted()
    {
        using var browser = await factory.SignInAsync();
        using var api = await factory.BearerClientAsync("routing.read");
        var json = await api.GetStringAsync("/met/api/routing/what-if/typical-profile/1");

        var response = await WhatIfPortalFactory.PostFormAsync(browser, Page, Page, token =>
        {
            var form = Form(token, "upload");
            form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(json)), "ProfileFile", "profile.json");
            return form;
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Prediction for", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var browser = await factory.SignInAsync();

        var response = await browser.PostAsync(Page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["VersionA"] = "1", ["ProfileSource"] = "typical", ["Replications"] = "1",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Prediction for", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_same_version_twice_and_bad_replications_are_refused_on_their_fields()
    {
        using var browser = await factory.SignInAsync();

        var response = await WhatIfPortalFactory.PostFormAsync(browser, Page, Page, token => Form(token, "typical", versionB: "1", replications: "0"));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("href=\"#VersionB\"", html);
        Assert.Contains("href=\"#Replications\"", html);
    }

    private static MultipartFormDataContent Form(string token, string source, string? text = null, string versionB = "2", string replications = "2") => new()
    {
        { new StringContent(token), "__RequestVerificationToken" },
        { new StringContent("1"), "VersionA" },
        { new StringContent(versionB), "VersionB" },
        { new StringContent("2026-12-02"), "Date" },
        { new StringContent(replications), "Replications" },
        { new StringContent(source), "ProfileSource" },
        { new StringContent(text ?? ""), "ProfileText" },
    };
}

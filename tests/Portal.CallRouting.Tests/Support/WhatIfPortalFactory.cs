using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Portal.CallRouting.WhatIf.Services;

namespace Portal.CallRouting.Tests.Support;

/// <summary>
/// The real portal with the demo recipe (met has call routing and the client "met-automation"), whose plan versions
/// for what-if are <see cref="WhatIfPlans"/>: registered in the host, they reach every tenant's container ahead of the
/// module's fallback. Signs in through the real login form and gets tokens from the real token endpoint.
/// </summary>
public sealed partial class WhatIfPortalFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@whatif-tests.example.org";
    public const string AdminPassword = "WhatIf-Tests-Passw0rd!";
    public const string ClientSecret = "whatif-tests-client-secret-0123456789";

    public string DataDir { get; } = Directory.CreateTempSubdirectory("portal-whatif-tests-").FullName;

    [GeneratedRegex(@"<input[^>]*name=""__RequestVerificationToken""[^>]*value=""([^""]+)""")]
    private static partial Regex TokenPattern();

    public HttpClient CreateApiClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public async Task<HttpClient> BearerClientAsync(string scope, string tenant = "met")
    {
        using var anonymous = CreateApiClient();
        var response = await anonymous.PostAsync($"/{tenant}/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = $"{tenant}-automation", ["client_secret"] = ClientSecret, ["scope"] = scope,
        }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"token request answered {(int)response.StatusCode}: {body}");
        var client = CreateApiClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString());
        return client;
    }

    /// <summary>A browser (cookies kept, redirects not followed) signed in to the tenant as its administrator.</summary>
    public async Task<HttpClient> SignInAsync(string tenant = "met")
    {
        var browser = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await PostFormAsync(browser, $"/{tenant}/account/login", $"/{tenant}/account/login",
            token => new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = AdminEmail, ["Password"] = AdminPassword, ["__RequestVerificationToken"] = token,
            }));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in answered {(int)response.StatusCode}");
        return browser;
    }

    /// <summary>GETs <paramref name="formPage"/> for its antiforgery token and posts the form <paramref name="build"/> makes with it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string formPage, string action, Func<string, HttpContent> build)
    {
        var page = await browser.GetAsync(formPage);
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {formPage} answered {(int)page.StatusCode}");
        var token = TokenPattern().Match(html);
        Assert.True(token.Success, $"{formPage} has no antiforgery token");
        return await browser.PostAsync(action, build(WebUtility.HtmlDecode(token.Groups[1].Value)));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Portal:DataDir", DataDir);
        // demo-empty: the demo's forces without its routing data, so each test builds the configuration it asserts on.
        builder.UseSetting("Portal:Setup:Recipe", "demo-empty");
        builder.UseSetting("Portal:Setup:AdminEmail", AdminEmail);
        builder.UseSetting("Portal:Setup:AdminPassword", AdminPassword);
        builder.UseSetting("Portal:Setup:ClientSecret", ClientSecret);
        builder.UseSetting("Portal:OpenId:AllowPlainHttp", "true");
        builder.UseSetting("Portal:RateLimits:Auth:PerAddressPerMinute", "10000");
        builder.UseSetting("Portal:RateLimits:Auth:PerAccountPerMinute", "10000");
        builder.ConfigureTestServices(services => services.AddSingleton<IWhatIfPlanVersions>(new WhatIfPlans()));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDir, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A temp folder left behind is harmless.
            }
        }
    }
}

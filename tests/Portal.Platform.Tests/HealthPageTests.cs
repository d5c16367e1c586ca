using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using MassTransit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Shell;
using Portal.Contracts.Diagnostics;
using Portal.Host.Messaging;
using Portal.Host.Shell;
using Portal.Users.Models;
using Portal.Platform.Tests.Support;

namespace Portal.Platform.Tests;

/// <summary>The platform's health page and <c>/api/health/errors</c>: readiness, failed messages, re-drive, and what they refuse.</summary>
[Collection(PlatformCollection.Name)]
public sealed class HealthPageTests(PlatformFixture platform)
{
    /// <summary>Parks a message in the error queue: its tenant does not exist, so the consumer rejects it.</summary>
    private async Task<Guid> ParkAsync()
    {
        var messageId = Guid.NewGuid();
        await platform.Factory.Services.GetRequiredService<IBus>().Publish(new MessagingProbe("ghost", Guid.NewGuid(), DateTimeOffset.UtcNow),
            Pipe.Execute<PublishContext>(c => { c.MessageId = messageId; c.Headers.Set(PortalMessageHeaders.Tenant, "ghost"); }));
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!(await ListAsync()).Any(m => (string?)m!["messageId"] == messageId.ToString()))
        {
            Assert.True(DateTime.UtcNow < deadline, "The rejected message never reached the error queue.");
            await Task.Delay(50);
        }

        return messageId;
    }

    private async Task<JsonArray> ListAsync()
    {
        var response = await platform.Admin.GetAsync("/api/health/errors");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await Api.JsonAsync(response))["messages"]!.AsArray();
    }

    [Fact]
    public async Task The_api_lists_a_failed_message_with_its_type_tenant_and_error_and_redrives_it()
    {
        var messageId = await ParkAsync();

        var listed = (await ListAsync()).Single(m => (string?)m!["messageId"] == messageId.ToString())!;
        Assert.Equal(typeof(MessagingProbe).FullName, (string?)listed["messageType"]);
        Assert.Equal("ghost", (string?)listed["tenant"]);
        Assert.Contains("No tenant named 'ghost'", (string?)listed["error"]);
        Assert.NotNull((string?)listed["faultedUtc"]);

        var redrive = await Api.PostJsonAsync(platform.Admin, $"/api/health/errors/{messageId}/redrive", "");
        Assert.Equal(HttpStatusCode.OK, redrive.StatusCode);
        Assert.True((bool)(await Api.JsonAsync(redrive))["redriven"]!);
    }

    [Fact]
    public async Task A_redrive_of_an_unknown_message_is_404_and_of_a_malformed_id_400_naming_the_field()
    {
        var unknown = await Api.PostJsonAsync(platform.Admin, $"/api/health/errors/{Guid.NewGuid()}/redrive", "{}");
        await Api.ProblemAsync(unknown, HttpStatusCode.NotFound);

        var malformed = await Api.PostJsonAsync(platform.Admin, "/api/health/errors/not-a-guid/redrive", "");
        var problem = await Api.ProblemAsync(malformed, HttpStatusCode.BadRequest);
        Assert.Contains("id", Api.Errors(problem).Keys);

        var unknownField = await Api.PostJsonAsync(platform.Admin, $"/api/health/errors/{Guid.NewGuid()}/redrive", """{ "queue": "x" }""");
        Assert.Contains("queue", Api.Errors(await Api.ProblemAsync(unknownField, HttpStatusCode.BadRequest)).Keys);
    }

    [Fact]
    public async Task A_redrive_that_is_not_json_is_refused_with_415_and_the_message_stays()
    {
        var messageId = await ParkAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/health/errors/{messageId}/redrive")
        {
            Content = new StringContent("{}", Encoding.UTF8, "text/plain"),
        };

        await Api.ProblemAsync(await platform.Admin.SendAsync(request), HttpStatusCode.UnsupportedMediaType);
        Assert.Contains(await ListAsync(), m => (string?)m!["messageId"] == messageId.ToString());
    }

    [Theory]
    [InlineData("GET", "/api/health/errors")]
    [InlineData("POST", "/api/health/errors/00000000-0000-0000-0000-000000000001/redrive")]
    public async Task Without_a_session_the_health_api_answers_401_problem_json(string method, string url)
    {
        using var anonymous = platform.Factory.CreateHttpClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "POST")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        await Api.ProblemAsync(await anonymous.SendAsync(request), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_page_shows_the_readiness_checks_and_the_failed_messages_and_redrives_one_by_form()
    {
        var messageId = await ParkAsync();

        var page = await platform.Admin.GetAsync("/admin/health");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = Forms.Decode(await page.Content.ReadAsStringAsync());
        Assert.Contains("Readiness", html);
        Assert.Contains("platform-store", html);
        Assert.Contains(messageId.ToString(), html);
        Assert.Contains($"/admin/health/errors/{messageId}/redrive", html);

        // Without the antiforgery token the form is refused and the message stays.
        var forged = await platform.Admin.PostAsync($"/admin/health/errors/{messageId}/redrive", new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains(await ListAsync(), m => (string?)m!["messageId"] == messageId.ToString());

        var posted = await Forms.PostAsync(platform.Admin, "/admin/health", $"/admin/health/errors/{messageId}/redrive", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        var gone = await Forms.PostAsync(platform.Admin, "/admin/health", $"/admin/health/errors/{Guid.NewGuid()}/redrive", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Contains("no longer in an error queue", Forms.Decode(await gone.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("GET", "/api/health/errors")]
    [InlineData("POST", "/api/health/errors/00000000-0000-0000-0000-000000000001/redrive")]
    [InlineData("GET", "/admin/health")]
    public async Task A_platform_user_without_the_permission_is_refused(string method, string url)
    {
        var messageId = await ParkAsync();
        var email = $"norights-{Guid.NewGuid():N}@platform-tests.example.org";
        const string password = "No-Rights-Passw0rd!";
        var shells = platform.Factory.Services.GetRequiredService<ShellHost>();
        var shell = await shells.GetOrCreateAsync(shells.Table.Find(ShellSettings.DefaultName)!);
        await using (var scope = shell.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>()
                .CreateAsync(new PortalUser { UserName = email, Email = email, DisplayName = "No rights", EmailConfirmed = true }, password);
            Assert.True(created.Succeeded);
        }

        using var user = await SignIn.AsAdminAsync(platform.Factory, "", email, password);
        using var request = new HttpRequestMessage(new HttpMethod(method), url.Replace("00000000-0000-0000-0000-000000000001", messageId.ToString()));
        if (method == "POST")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        var response = await user.SendAsync(request);

        if (url.StartsWith("/api/", StringComparison.Ordinal))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        else
        {
            // People are sent to the access-denied page.
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/access-denied", response.Headers.Location?.OriginalString);
        }

        Assert.Contains(await ListAsync(), m => (string?)m!["messageId"] == messageId.ToString());
    }

    [Fact]
    public async Task Without_a_session_the_page_sends_to_sign_in()
    {
        using var anonymous = platform.Factory.CreateHttpClient();
        var response = await anonymous.GetAsync("/admin/health");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location?.OriginalString);
    }
}

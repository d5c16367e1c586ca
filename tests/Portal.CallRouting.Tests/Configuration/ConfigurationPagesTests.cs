using System.Net;
using System.Text.RegularExpressions;
using Portal.CallRouting.Tests.Support.Configuration;
using static Portal.CallRouting.Tests.Support.Configuration.RoutingApi;
using static Portal.CallRouting.Tests.Support.Configuration.RoutingBrowser;

namespace Portal.CallRouting.Tests.Configuration;

/// <summary>
/// The pages under <c>~/routing</c>: they render, their forms post (antiforgery, no JavaScript), bad input comes back
/// with a GOV.UK error summary linking to the field and nothing stored, and they are closed to those without the right.
/// </summary>
[Collection(RoutingConfigurationCollection.Name)]
public sealed class ConfigurationPagesTests(RoutingConfigurationFactory factory)
{
    [Fact]
    public async Task A_centre_is_added_changed_and_its_state_changed_with_a_reason_from_the_pages()
    {
        using var admin = await SignInAsync(factory);
        var code = NewCode("PC");

        var bad = await PostFormAsync(admin, "/routing/centres/create", "/routing/centres/create",
            [new("Code", code.ToLowerInvariant()), new("Name", ""), new("StaffedPositions", "lots"), new("ScheduleCode", "")]);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var summary = ErrorSummary(await bad.Content.ReadAsStringAsync());
        Assert.Contains("href=\"#Code\"", summary);
        Assert.Contains("href=\"#Name\"", summary);
        Assert.Contains("href=\"#StaffedPositions\"", summary);
        using var api = await factory.BearerClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(api, "/centres/" + code)).Status);

        var added = await PostFormAsync(admin, "/routing/centres/create", "/routing/centres/create",
            [new("Code", code), new("Name", "Lambeth"), new("StaffedPositions", "30"), new("ScheduleCode", "")]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var (status, list) = await GetPageAsync(admin, "/routing/centres");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Lambeth", list);
        Assert.Contains("govuk-tag--green", list);

        var edited = await PostFormAsync(admin, $"/routing/centres/{code}/edit", $"/routing/centres/{code}/edit",
            [new("Name", "Lambeth Central"), new("StaffedPositions", "35"), new("ScheduleCode", ""), new("VersionId", await VersionAsync(api, "centres", code))]);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal("Lambeth Central", (await GetAsync(api, "/centres/" + code)).Body.GetProperty("name").GetString());

        var stale = await PostFormAsync(admin, $"/routing/centres/{code}/edit", $"/routing/centres/{code}/edit",
            [new("Name", "Lost update"), new("StaffedPositions", "1"), new("ScheduleCode", ""), new("VersionId", "0123456789abcdef0123456789abcdef")]);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("changed by someone else", ErrorSummary(await stale.Content.ReadAsStringAsync()));
        Assert.Equal("Lambeth Central", (await GetAsync(api, "/centres/" + code)).Body.GetProperty("name").GetString());

        var noReason = await PostFormAsync(admin, $"/routing/centres/{code}/state", $"/routing/centres/{code}/state", [new("State", "Down"), new("Reason", "")]);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("href=\"#Reason\"", ErrorSummary(await noReason.Content.ReadAsStringAsync()));
        Assert.Equal("Normal", (await GetAsync(api, "/centres/" + code)).Body.GetProperty("state").GetString());

        var down = await PostFormAsync(admin, $"/routing/centres/{code}/state", $"/routing/centres/{code}/state",
            [new("State", "Down"), new("Reason", "Power cut in the building")]);
        Assert.Equal(HttpStatusCode.Redirect, down.StatusCode);
        var (historyStatus, history) = await GetPageAsync(admin, $"/routing/centres/{code}/history");
        Assert.Equal(HttpStatusCode.OK, historyStatus);
        Assert.Contains("Power cut in the building", history);
        Assert.Contains(RoutingConfigurationFactory.AdminEmail, history);
        Assert.Contains("govuk-tag--red", (await GetPageAsync(admin, "/routing/centres")).Html);
    }

    [Fact]
    public async Task A_queue_is_added_with_serving_centres_and_a_wrong_preference_is_shown_on_its_row()
    {
        using var admin = await SignInAsync(factory);
        using var api = await factory.BearerClientAsync();
        var centre = NewCode("PQC");
        await CreateOkAsync(api, "centres", Centre(centre));
        var code = NewCode("PQ");

        var (formStatus, form) = await GetPageAsync(admin, "/routing/queues/create");
        Assert.Equal(HttpStatusCode.OK, formStatus);
        var row = RowOf(form, centre);
        var rows = Regex.Matches(form, @"name=""ServingCentres\[\d+\]\.CentreCode"" value=""([^""]+)""").Select(m => m.Groups[1].Value).ToList();

        // As a browser sends it: every centre's row, "Does not serve" (empty) for all but ours.
        List<KeyValuePair<string, string>> Fields(string preference) =>
        [
            new("Code", code), new("Name", "Non-emergency"), new("Service", "101"), new("Priority", "2"), new("MaxLength", "100"),
            new("MaxWaitSeconds", "900"), new("Announcement", ""), new("Distribution", "round-robin"), new("ScheduleCode", ""),
            .. rows.SelectMany((c, i) => new KeyValuePair<string, string>[]
            {
                new($"ServingCentres[{i}].CentreCode", c), new($"ServingCentres[{i}].Preference", c == centre ? preference : ""),
            }),
        ];

        var bad = await PostFormAsync(admin, "/routing/queues/create", "/routing/queues/create", Fields("9"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains($"href=\"#ServingCentres_{row}__Preference\"", ErrorSummary(await bad.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(api, "/queues/" + code)).Status);

        var added = await PostFormAsync(admin, "/routing/queues/create", "/routing/queues/create", Fields("3"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var stored = await GetAsync(api, "/queues/" + code);
        Assert.Equal("round-robin", stored.Body.GetProperty("distribution").GetString());
        Assert.Equal(3, stored.Body.GetProperty("servingCentres")[0].GetProperty("preference").GetInt32());
        Assert.Contains(code, (await GetPageAsync(admin, "/routing/queues")).Html);
        var (editStatus, edit) = await GetPageAsync(admin, $"/routing/queues/{code}/edit");
        Assert.Equal(HttpStatusCode.OK, editStatus);
        Assert.Matches(new Regex($"""<option value="3" selected="selected">"""), edit);

        var refused = await PostFormAsync(admin, $"/routing/centres/{centre}/delete", $"/routing/centres/{centre}/delete", []);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains(code, await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(api, "/centres/" + centre)).Status);
    }

    [Fact]
    public async Task A_schedule_is_added_from_the_weekly_hours_table_and_held_closed_with_a_reason()
    {
        using var admin = await SignInAsync(factory);
        using var api = await factory.BearerClientAsync();
        var code = NewCode("PS");
        List<KeyValuePair<string, string>> Fields(string mondayCloses, string overrides) =>
        [
            new("Code", code), new("Name", "101 hours"), new("ClosedOnBankHolidays", "true"), new("Overrides", overrides),
            new("Days[0].Day", "Monday"), new("Days[0].Periods[0].Opens", "08:00"), new("Days[0].Periods[0].Closes", mondayCloses),
            new("Days[0].Periods[1].Opens", ""), new("Days[0].Periods[1].Closes", ""),
            new("Days[5].Day", "Saturday"), new("Days[5].Periods[0].Opens", "20:00"), new("Days[5].Periods[0].Closes", "00:00"),
        ];

        var bad = await PostFormAsync(admin, "/routing/schedules/create", "/routing/schedules/create", Fields("07:00", "2026-12-25 closed Christmas Day"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("href=\"#Days_0__Periods_0__Closes\"", ErrorSummary(await bad.Content.ReadAsStringAsync()));
        var badLine = await PostFormAsync(admin, "/routing/schedules/create", "/routing/schedules/create", Fields("20:00", "2026-12-25 closed\n2026-13-01 closed"));
        Assert.Equal(HttpStatusCode.BadRequest, badLine.StatusCode);
        var lineSummary = ErrorSummary(await badLine.Content.ReadAsStringAsync());
        Assert.Contains("href=\"#Overrides\"", lineSummary);
        Assert.Contains("Line 2", lineSummary);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(api, "/schedules/" + code)).Status);

        var added = await PostFormAsync(admin, "/routing/schedules/create", "/routing/schedules/create", Fields("20:00", "2026-12-24 08:00-14:00 Christmas Eve"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var stored = await GetAsync(api, "/schedules/" + code);
        Assert.Equal("20:00", stored.Body.GetProperty("week")[0].GetProperty("periods")[0].GetProperty("closes").GetString());
        Assert.Equal("Christmas Eve", stored.Body.GetProperty("overrides")[0].GetProperty("reason").GetString());
        var (editStatus, edit) = await GetPageAsync(admin, $"/routing/schedules/{code}/edit");
        Assert.Equal(HttpStatusCode.OK, editStatus);
        Assert.Contains("2026-12-24 08:00-14:00 Christmas Eve", edit);

        var noReason = await PostFormAsync(admin, $"/routing/schedules/{code}/override", $"/routing/schedules/{code}/override",
            [new("Mode", "ForceClosed"), new("Until", ""), new("Reason", "")]);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("href=\"#Reason\"", ErrorSummary(await noReason.Content.ReadAsStringAsync()));

        var held = await PostFormAsync(admin, $"/routing/schedules/{code}/override", $"/routing/schedules/{code}/override",
            [new("Mode", "ForceClosed"), new("Until", "2099-01-01T09:00"), new("Reason", "Snow")]);
        Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
        var manual = (await GetAsync(api, "/schedules/" + code)).Body.GetProperty("manualOverride");
        Assert.Equal("ForceClosed", manual.GetProperty("mode").GetString());
        Assert.Equal(new DateTimeOffset(2099, 1, 1, 9, 0, 0, TimeSpan.Zero), manual.GetProperty("until").GetDateTimeOffset());
        Assert.Contains("Held closed", (await GetPageAsync(admin, "/routing/schedules")).Html);
    }

    [Fact]
    public async Task The_pages_are_closed_to_the_anonymous_and_to_people_without_the_right()
    {
        using var anonymous = factory.CreateBrowser();
        foreach (var page in new[] { "/routing/centres", "/routing/queues", "/routing/schedules" })
        {
            using var response = await anonymous.GetAsync(RoutingConfigurationFactory.Tenant + page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/login", response.Headers.Location?.ToString());
        }

        using var admin = await SignInAsync(factory);
        using var nobody = await UserAsync(factory, admin, "page-nobody");
        using var viewer = await UserAsync(factory, admin, "page-viewer", "Viewer");
        foreach (var page in new[] { "/routing/centres", "/routing/queues", "/routing/schedules" })
        {
            Assert.NotEqual(HttpStatusCode.OK, (await GetPageAsync(nobody, page)).Status);
            var (status, html) = await GetPageAsync(viewer, page);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.DoesNotContain("/create\"", html);
            Assert.NotEqual(HttpStatusCode.OK, (await GetPageAsync(viewer, page + "/create")).Status);
        }

        // A viewer cannot post a change even with a valid antiforgery token from a page they may see.
        var (_, list) = await GetPageAsync(viewer, "/routing/centres");
        var token = Regex.Match(list, @"name=""__RequestVerificationToken""[^>]*value=""([^""]+)""");
        var code = NewCode("VW");
        using var post = await viewer.PostAsync(RoutingConfigurationFactory.Tenant + "/routing/centres/create", new FormUrlEncodedContent(
            [new("Code", code), new("Name", "Viewer's"), new("StaffedPositions", "1"), new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value))]));
        Assert.True(post.StatusCode == HttpStatusCode.Forbidden
            || (post.StatusCode == HttpStatusCode.Redirect && post.Headers.Location?.ToString().Contains("access-denied") == true),
            $"a viewer's post answered {(int)post.StatusCode} {post.Headers.Location}");
        using var api = await factory.BearerClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(api, "/centres/" + code)).Status);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused_and_nothing_is_stored()
    {
        using var admin = await SignInAsync(factory);
        var code = NewCode("AF");

        using var response = await admin.PostAsync(RoutingConfigurationFactory.Tenant + "/routing/centres/create", new FormUrlEncodedContent(
            [new("Code", code), new("Name", "Forged"), new("StaffedPositions", "1")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var api = await factory.BearerClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(api, "/centres/" + code)).Status);
    }

    private static int RowOf(string html, string centre)
    {
        var match = Regex.Match(html, $"""name="ServingCentres\[(\d+)\]\.CentreCode" value="{centre}" """.TrimEnd());
        Assert.True(match.Success, $"the queue form has no row for {centre}");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> VersionAsync(HttpClient api, string collection, string code) =>
        (await GetAsync(api, $"/{collection}/{code}")).Body.GetProperty("versionId").GetString()!;
}

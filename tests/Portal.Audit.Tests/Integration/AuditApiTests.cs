using System.Net;
using System.Text.Json.Nodes;
using Portal.Abstractions.Audit;
using Portal.Audit.Tests.Support;

namespace Portal.Audit.Tests.Integration;

/// <summary>
/// <c>/api/audit</c>: search with filters and paging, the exports, verify, and what each refuses. Every test
/// writes its own entries with a marker no other test uses, and searches for that marker.
/// </summary>
[Collection(AuditCollection.Name)]
public sealed class AuditApiTests(AuditFixture fixture)
{
    private AuditPortalFactory Factory => fixture.Factory;
    private HttpClient Admin => fixture.Admin;

    private static string Marker() => "m" + Guid.NewGuid().ToString("N")[..12];

    private static long[] Sequences(JsonNode page) => page["entries"]!.AsArray().Select(e => (long)e!["sequence"]!).ToArray();

    [Fact]
    public async Task Search_pages_newest_first_fifty_by_default()
    {
        var marker = Marker();
        for (var i = 1; i <= 7; i++)
        {
            await Factory.WriteAsync(new AuditEntry(AuditCategories.Permissions, "role-permissions-changed", AuditOutcome.Success, "role-" + i, marker + " change " + i));
        }

        var all = await Browser.JsonAsync(await Admin.GetAsync($"/api/audit?q={marker}"));
        var third = await Browser.JsonAsync(await Admin.GetAsync($"/api/audit?q={marker}&pageSize=3&page=3"));
        var second = await Browser.JsonAsync(await Admin.GetAsync($"/api/audit?q={marker}&pageSize=3&page=2"));

        Assert.Equal(7, (long)all["total"]!);
        Assert.Equal(50, (int)all["pageSize"]!);
        var sequences = Sequences(all);
        Assert.Equal(sequences.OrderDescending(), sequences);
        Assert.Equal("role-7", (string)all["entries"]![0]!["subject"]!);
        Assert.Equal(sequences[3..6], Sequences(second));
        Assert.Equal([sequences[6]], Sequences(third));
        Assert.Equal(7, (long)third["total"]!);
    }

    [Fact]
    public async Task Search_filters_by_category_outcome_actor_text_and_dates()
    {
        var marker = Marker();
        await Factory.WriteAsync(new AuditEntry(AuditCategories.SignIn, "sign-in", AuditOutcome.Failure, "someone", marker) { Actor = "Carol@Example.org" });
        await Factory.WriteAsync(new AuditEntry(AuditCategories.SensitiveRead, "part-2-read", AuditOutcome.Refused, "report-9", marker) { Actor = "dave@example.org" });
        await Factory.WriteAsync(new AuditEntry(AuditCategories.Clients, "client-registered", AuditOutcome.Success, "client-" + marker, "no marker here"));

        async Task<string[]> Subjects(string query) =>
            (await Browser.JsonAsync(await Admin.GetAsync("/api/audit?" + query)))["entries"]!.AsArray().Select(e => (string)e!["subject"]!).ToArray();

        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd");
        var yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd");
        Assert.Equal(["client-" + marker, "report-9", "someone"], await Subjects($"q={marker}"));
        Assert.Equal(["someone"], await Subjects($"q={marker}&category=sign-in"));
        Assert.Equal(["report-9"], await Subjects($"q={marker}&outcome=refused"));
        Assert.Equal(["someone"], await Subjects($"q={marker}&actor=carol@EXAMPLE"));
        Assert.Equal(["client-" + marker], await Subjects($"q={marker.ToUpperInvariant()}&category=clients"));
        Assert.Equal(3, (await Subjects($"q={marker}&from={today}&to={today}")).Length);
        Assert.Empty(await Subjects($"q={marker}&from={tomorrow}"));
        Assert.Empty(await Subjects($"q={marker}&to={yesterday}"));
    }

    [Fact]
    public async Task Csv_export_has_a_header_quotes_per_rfc_4180_and_neutralises_formulas()
    {
        var marker = Marker();
        await Factory.WriteAsync(new AuditEntry(AuditCategories.Clients, "client-registered", AuditOutcome.Success, "=HYPERLINK(\"http://evil.example\",\"x\")", marker + " a, \"quoted\" detail"));
        await Factory.WriteAsync(new AuditEntry(AuditCategories.Clients, "client-registered", AuditOutcome.Success, "+cmd", marker + " second"));

        var response = await Admin.GetAsync($"/api/audit/export.csv?q={marker}");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString());
        var lines = csv.Split("\r\n");
        Assert.Equal("sequence,timestamp,category,action,outcome,actor,remoteAddress,subject,detail,previousHash,hash", lines[0]);
        Assert.Equal(4, lines.Length); // header, two entries (oldest first), and the empty string after the last CRLF
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",", lines[1]);
        Assert.Contains($",\"{marker} a, \"\"quoted\"\" detail\",", lines[1]);
        Assert.Contains(",'+cmd,", lines[2]);
        Assert.DoesNotContain(",=", csv);
        Assert.DoesNotContain(",+", csv);
    }

    [Fact]
    public async Task Json_export_lists_every_match_oldest_first_with_its_hashes()
    {
        var marker = Marker();
        for (var i = 1; i <= 3; i++)
        {
            await Factory.WriteAsync(new AuditEntry(AuditCategories.Accounts, "account-locked", AuditOutcome.Success, "user-" + i, marker));
        }

        var response = await Admin.GetAsync($"/api/audit/export.json?q={marker}&pageSize=1");
        var entries = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["user-1", "user-2", "user-3"], entries.Select(e => (string)e!["subject"]!));
        Assert.Equal((string)entries[0]!["hash"]!, (string)entries[1]!["previousHash"]!);
        Assert.Equal("system", (string)entries[0]!["actor"]!);
        Assert.Matches("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}Z$", (string)entries[0]!["timestamp"]!);
    }

    [Fact]
    public async Task Verify_reports_the_intact_log_with_its_count()
    {
        await Factory.WriteAsync(new AuditEntry(AuditCategories.Accounts, "verify-me", AuditOutcome.Success));
        var total = (long)(await Browser.JsonAsync(await Admin.GetAsync("/api/audit?pageSize=1")))["total"]!;

        var result = await Browser.JsonAsync(await Admin.PostAsync("/api/audit/verify", null));

        Assert.True((bool)result["intact"]!);
        Assert.True((long)result["checked"]! >= total, $"checked {result["checked"]} of {total}");
        Assert.StartsWith("The audit log is intact:", (string)result["summary"]!);
    }

    [Fact]
    public async Task Parallel_writers_leave_an_intact_chain_of_consecutive_numbers()
    {
        var marker = Marker();

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() =>
            Factory.WriteAsync(new AuditEntry(AuditCategories.Accounts, "parallel-write", AuditOutcome.Success, "writer-" + i, marker)))));

        var page = await Browser.JsonAsync(await Admin.GetAsync($"/api/audit?q={marker}&pageSize=500"));
        var sequences = Sequences(page).Order().ToArray();
        Assert.Equal(50, sequences.Length);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => sequences[0] + i), sequences);
        Assert.True((bool)(await Browser.JsonAsync(await Admin.PostAsync("/api/audit/verify", null)))["intact"]!);
    }

    [Theory]
    [InlineData("category=nope", "category")]
    [InlineData("outcome=perhaps", "outcome")]
    [InlineData("from=2026-02-01&to=2026-01-01", "to")]
    [InlineData("from=not-a-date", "from")]
    [InlineData("to=2026-13-01", "to")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=501", "pageSize")]
    [InlineData("page=0", "page")]
    public async Task Bad_query_values_are_refused_naming_the_field(string query, string field)
    {
        foreach (var path in new[] { "/api/audit", "/api/audit/export.csv", "/api/audit/export.json" })
        {
            var errors = await Browser.ProblemAsync(await Admin.GetAsync(path + "?" + query), HttpStatusCode.BadRequest);
            Assert.Equal([field], errors.Keys);
        }
    }

    [Theory]
    [InlineData("GET", "/api/audit")]
    [InlineData("GET", "/api/audit/export.csv")]
    [InlineData("GET", "/api/audit/export.json")]
    [InlineData("POST", "/api/audit/verify")]
    public async Task Anonymous_callers_are_refused(string method, string path)
    {
        using var anonymous = Factory.CreateHttpClient();

        var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("GET", "/api/audit")]
    [InlineData("GET", "/api/audit/export.csv")]
    [InlineData("GET", "/api/audit/export.json")]
    [InlineData("POST", "/api/audit/verify")]
    public async Task People_without_the_permission_are_refused(string method, string path)
    {
        using var user = await NoRightsUserAsync();

        var response = await user.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_audit_api()
    {
        var document = await (await Admin.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync();

        Assert.Contains("\"/api/audit/export.csv\"", document);
        Assert.Contains("\"/api/audit/verify\"", document);
        Assert.Contains("SearchAuditLog", document);
    }

    private async Task<HttpClient> NoRightsUserAsync()
    {
        var email = $"norights-{Guid.NewGuid():N}@audit-tests.example.org";
        const string password = "No-Rights-Passw0rd!";
        await Factory.CreateUserAsync(email, password);
        return await Browser.SignInAsync(Factory, email, password);
    }
}

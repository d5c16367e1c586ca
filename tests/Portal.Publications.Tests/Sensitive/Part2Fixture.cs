using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Portal.Publications.Reports.Data;
using Portal.Publications.Reports.Domain;
using Portal.Publications.Tests.Support;

namespace Portal.Publications.Tests.Sensitive;

/// <summary>
/// One portal (demo recipe: met has the Sensitive feature) with the people a Part 2 test needs: the administrator
/// (writes and publishes, manages grants), a second administrator (approves), a viewer, and a role holding only
/// ReadSensitivePublications that each test gives to new people of the vetting it needs.
/// </summary>
public sealed partial class Part2Fixture : IAsyncLifetime
{
    public const string ReaderRole = "Part 2 readers";
    public const string Reports = "/api/publications/reports";

    private int people;

    public PublicationsPortalFactory Factory { get; } = new();

    public PublicationsSession Admin { get; private set; } = null!;

    public PublicationsSession Approver { get; private set; } = null!;

    public PublicationsSession Viewer { get; private set; } = null!;

    [GeneratedRegex("""<code id="shared-key">([^<]+)</code>""")]
    private static partial Regex SharedKey();

    public async Task InitializeAsync()
    {
        Admin = await PublicationsSession.SignInAsync(Factory);
        await Admin.CreateUserAsync(PublicationsApiFixture.ApproverEmail, "Administrator");
        await Admin.CreateUserAsync(PublicationsApiFixture.ViewerEmail, "Viewer");
        Approver = await PublicationsSession.SignInAsync(Factory, PublicationsApiFixture.ApproverEmail, PublicationsPortalFactory.UserPassword);
        Viewer = await PublicationsSession.SignInAsync(Factory, PublicationsApiFixture.ViewerEmail, PublicationsPortalFactory.UserPassword);
        var role = await Admin.PostFormAsync("/admin/roles/create", "/admin/roles/create",
            [new("Name", ReaderRole), new("Description", "Reads Part 2 of reports they hold a grant for"), new("Permissions", "ReadSensitivePublications")]);
        Assert.True(role.StatusCode == HttpStatusCode.Redirect, $"creating the role answered {(int)role.StatusCode}");
    }

    /// <summary>A new person with the reader role and <paramref name="vetting"/>, signed in with a password; with <paramref name="secondFactor"/>, enrolled and stepped up.</summary>
    public Task<(PublicationsSession Session, string Email)> ReaderAsync(string vetting, bool secondFactor) =>
        PersonAsync(ReaderRole, vetting, secondFactor);

    /// <summary>A new person with <paramref name="role"/> and <paramref name="vetting"/>, signed in; with <paramref name="secondFactor"/>, enrolled and stepped up.</summary>
    public async Task<(PublicationsSession Session, string Email)> PersonAsync(string role, string vetting, bool secondFactor)
    {
        var email = $"reader{Interlocked.Increment(ref people)}-{vetting.ToLowerInvariant()}@publications-tests.example.org";
        var created = await Admin.PostFormAsync("/admin/users/create", "/admin/users/create",
        [
            new("DisplayName", "Reader " + people), new("Email", email), new("Password", PublicationsPortalFactory.UserPassword),
            new("ConfirmPassword", PublicationsPortalFactory.UserPassword), new("VettingLevel", vetting), new("Roles", role),
        ]);
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, $"creating {email} answered {(int)created.StatusCode}");
        var session = await PublicationsSession.SignInAsync(Factory, email, PublicationsPortalFactory.UserPassword);
        if (secondFactor)
        {
            await StepUpAsync(session);
        }

        return (session, email);
    }

    /// <summary>Sets up an authenticator for the session and steps up with it (a second factor in this session, now).</summary>
    public static async Task StepUpAsync(PublicationsSession session)
    {
        var enable = await session.Browser.GetStringAsync(PublicationsSession.Tenant + "/account/security/enable");
        var match = SharedKey().Match(enable);
        Assert.True(match.Success, "The set-up page shows no key");
        var key = match.Groups[1].Value.Replace(" ", "");
        var enrolled = await session.PostFormAsync("/account/security/enable", "/account/security/enable", [new("Code", Authenticator.CodeNow(key))]);
        Assert.True(enrolled.StatusCode == HttpStatusCode.OK, $"enrolling answered {(int)enrolled.StatusCode}");
        const string back = PublicationsSession.Tenant + "/publications";
        var stepped = await session.PostFormAsync("/account/step-up?returnUrl=" + Uri.EscapeDataString(back), "/account/step-up",
            [new("Code", Authenticator.CodeNow(key)), new("ReturnUrl", back)]);
        Assert.True(stepped.StatusCode == HttpStatusCode.Redirect, $"stepping up answered {(int)stepped.StatusCode}: {await stepped.Content.ReadAsStringAsync()}");
    }

    /// <summary>
    /// A report with <paramref name="part2Body"/> in its Part 2 (and, when given, an OFFICIAL-SENSITIVE CSV attachment
    /// holding <paramref name="sensitiveFile"/>), written by the admin, approved by the approver and published.
    /// </summary>
    public async Task<Guid?> PublishAsync(string reference, string part2Body, string? sensitiveFile = null)
    {
        var created = await Admin.PostAsync(Reports, ReportDocuments.Valid(reference, part2Body));
        created.Is(HttpStatusCode.Created);
        Guid? attachmentId = null;
        if (sensitiveFile is not null)
        {
            // The upload API is pubcore's and not there yet: the attachment goes into the store as an upload would put it.
            attachmentId = await AttachAsync(reference, sensitiveFile);
        }

        (await Admin.PostAsync($"{Reports}/{reference}/submit")).Is(HttpStatusCode.OK);
        (await Approver.PostAsync($"{Reports}/{reference}/approve")).Is(HttpStatusCode.OK);
        (await Admin.PostAsync($"{Reports}/{reference}/publish", new { changeNote = "" })).Is(HttpStatusCode.OK);
        return attachmentId;
    }

    public Task<ApiAnswer> GrantAsync(string reference, string grantee) =>
        Admin.PostAsync($"/api/publications/{reference}/grants", new { grantee });

    /// <summary>met's audit entries of <paramref name="category"/>, newest first, through the audit API.</summary>
    public async Task<IReadOnlyList<JsonElement>> AuditAsync(string category)
    {
        var answer = await Admin.GetAsync("/api/audit?pageSize=500&category=" + category);
        answer.Is(HttpStatusCode.OK);
        return answer.Body.GetProperty("entries").EnumerateArray().Select(e => e.Clone()).ToList();
    }

    private async Task<Guid> AttachAsync(string reference, string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("item,amount\n" + text + ",1\n");
        return await Factory.InTenantAsync("met", async sp =>
        {
            var db = sp.GetRequiredService<PublicationsDbContext>();
            var report = db.Reports.Single(r => r.Reference == reference);
            var attachment = new ReportAttachment
            {
                Id = Guid.NewGuid(), ReportId = report.Id, Title = "Price schedule", FileName = "prices.csv", Kind = AttachmentKind.Csv,
                ContentType = "text/csv", SizeBytes = bytes.Length, Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)),
                Classification = Classification.OfficialSensitive, UploadedAt = DateTimeOffset.UtcNow, UploadedBy = PublicationsPortalFactory.AdminEmail,
            };
            db.Attachments.Add(attachment);
            db.AttachmentContents.Add(new AttachmentContent { AttachmentId = attachment.Id, Bytes = bytes });
            await db.SaveChangesAsync();
            return attachment.Id;
        });
    }

    public Task DisposeAsync()
    {
        Admin?.Dispose();
        Approver?.Dispose();
        Viewer?.Dispose();
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

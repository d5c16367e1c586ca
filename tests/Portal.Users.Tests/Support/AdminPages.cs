using Portal.Abstractions.Security;
using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Users.Tests.Support;

/// <summary>What an administrator does through the admin pages, for tests that need users and roles to exist.</summary>
public static partial class AdminPages
{
    public const string Password = "Another-Passw0rd-42!";

    /// <summary>Creates a user through the admin form and returns the user's id.</summary>
    public static Task<string> CreateUserAsync(this PortalSession admin, string email, params string[] roles) =>
        admin.CreateVettedUserAsync(email, "BPSS", roles);

    /// <summary>Creates a user with the vetting level given (a name: None, BPSS, CTC, SC, DV) and returns the user's id.</summary>
    public static async Task<string> CreateVettedUserAsync(this PortalSession admin, string email, string vetting, params string[] roles)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("DisplayName", "User " + email.Split('@')[0]),
            new("Email", email),
            new("Password", Password),
            new("ConfirmPassword", Password),
            new("VettingLevel", vetting),
        };
        fields.AddRange(roles.Select(r => new KeyValuePair<string, string>("Roles", r)));
        var response = await admin.PostFormAsync("/admin/users/create", "/admin/users/create", fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await Describe(response));
        return await UserIdAsync(admin, email);
    }

    public static async Task<string> UserIdAsync(this PortalSession admin, string email)
    {
        var html = await admin.GetPageAsync("/admin/users?q=" + Uri.EscapeDataString(email));
        var match = Regex.Match(html, Regex.Escape(WebUtility.HtmlEncode(email)) + """</td>.*?href="[^"]*/admin/users/([^/"]+)/edit""", RegexOptions.Singleline);
        Assert.True(match.Success, $"{email} is not in the user list");
        return match.Groups[1].Value;
    }

    /// <summary>Creates a role through the admin form and returns its id.</summary>
    public static async Task<string> CreateRoleAsync(this PortalSession admin, string name, params string[] permissions)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Name", name), new("Description", "Made by a test") };
        fields.AddRange(permissions.Select(p => new KeyValuePair<string, string>("Permissions", p)));
        var response = await admin.PostFormAsync("/admin/roles/create", "/admin/roles/create", fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await Describe(response));
        return await RoleIdAsync(admin, name);
    }

    public static async Task<string> RoleIdAsync(this PortalSession admin, string name)
    {
        var html = await admin.GetPageAsync("/admin/roles");
        var match = Regex.Match(html, """href="[^"]*/admin/roles/([^/"]+)/edit">(?:Change|View)<span class="govuk-visually-hidden"> """ + Regex.Escape(name) + "</span>");
        Assert.True(match.Success, $"The role {name} is not in the role list");
        return match.Groups[1].Value;
    }

    public static async Task<string> Describe(HttpResponseMessage response) =>
        $"{(int)response.StatusCode}: {ErrorSummary(await response.Content.ReadAsStringAsync())}";

    /// <summary>The text of the GOV.UK error summary, or the empty string.</summary>
    public static string ErrorSummary(string html)
    {
        var match = Regex.Match(html, """<div class="govuk-error-summary".*?</ul>""", RegexOptions.Singleline);
        return match.Success ? Regex.Replace(match.Value, "<[^>]+>", " ") : "";
    }
}

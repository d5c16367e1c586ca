using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;

namespace Portal.Users.Tests.Support;

/// <summary>
/// A portal whose Default tenant runs the sample plug-in (OFFICIAL-SENSITIVE page and API under ReadSamples) and
/// "Your account", with a role that holds ReadSamples. Each test makes its own people.
/// </summary>
public sealed class SensitivePortalFixture : IAsyncLifetime
{
    public const string ReaderRole = "Sample readers";
    public const string Page = "/sensitive-sample";
    public const string Api = "/api/sensitive-sample";

    private int _people;

    public UsersPortalFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        await Factory.Services.GetRequiredService<IShellFeatureManager>()
            .UpdateAsync(ShellSettings.DefaultName, [UsersPortalFactory.SampleFeature, "Portal.Users.Account"], [], null);
        using var admin = await Factory.AdminSessionAsync();
        await admin.CreateRoleAsync(ReaderRole, "ReadSamples");
    }

    /// <summary>A new person with the reader role and the vetting given, signed in with a password only.</summary>
    public async Task<(PortalSession Session, string Email, string Id)> ReaderAsync(string vetting)
    {
        var email = $"reader{Interlocked.Increment(ref _people)}-{vetting.ToLowerInvariant()}@users-tests.example.org";
        using var admin = await Factory.AdminSessionAsync();
        var id = await admin.CreateVettedUserAsync(email, vetting, ReaderRole);
        var session = Factory.CreateSession();
        var response = await session.LoginAsync(email, AdminPages.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (session, email, id);
    }

    public Task DisposeAsync() => Factory.DisposeAsync().AsTask();
}

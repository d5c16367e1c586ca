using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Platform;

namespace Portal.Publications.Tests.Support;

/// <summary>
/// One portal for a test class, with the people of met: the administrator (every publications permission), a second
/// administrator (to approve what the first wrote), an editor (writes, submits) and a viewer (reads).
/// </summary>
public sealed class PublicationsApiFixture : IAsyncLifetime
{
    public const string ApproverEmail = "approver@publications-tests.example.org";
    public const string EditorEmail = "editor@publications-tests.example.org";
    public const string ViewerEmail = "viewer@publications-tests.example.org";

    public PublicationsPortalFactory Factory { get; } = new();
    public PublicationsSession Admin { get; private set; } = null!;
    public PublicationsSession Approver { get; private set; } = null!;
    public PublicationsSession Editor { get; private set; } = null!;
    public PublicationsSession Viewer { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Admin = await PublicationsSession.SignInAsync(Factory);
        // The demo's per-force recipes do not enable publications yet (lane pubdemo adds it); enabling twice is harmless.
        await Factory.Services.GetRequiredService<IShellFeatureManager>().UpdateAsync("met", ["Portal.Publications"], [], null);
        await Admin.CreateUserAsync(ApproverEmail, "Administrator");
        await Admin.CreateUserAsync(EditorEmail, "Editor");
        await Admin.CreateUserAsync(ViewerEmail, "Viewer");
        Approver = await PublicationsSession.SignInAsync(Factory, ApproverEmail, PublicationsPortalFactory.UserPassword);
        Editor = await PublicationsSession.SignInAsync(Factory, EditorEmail, PublicationsPortalFactory.UserPassword);
        Viewer = await PublicationsSession.SignInAsync(Factory, ViewerEmail, PublicationsPortalFactory.UserPassword);
    }

    public Task DisposeAsync()
    {
        foreach (var session in new[] { Admin, Approver, Editor, Viewer })
        {
            session?.Dispose();
        }

        Factory.Dispose();
        return Task.CompletedTask;
    }
}

namespace Portal.CallRouting.Tests.Support.Plans;

/// <summary>
/// One portal for a test class, with three people of met: the administrator (all routing permissions), a second
/// administrator (to approve what the first submitted), an editor and a viewer.
/// </summary>
public sealed class PlansApiFixture : IAsyncLifetime
{
    public const string ApproverEmail = "approver@plans-tests.example.org";
    public const string EditorEmail = "editor@plans-tests.example.org";
    public const string ViewerEmail = "viewer@plans-tests.example.org";

    public PlansPortalFactory Factory { get; } = new();
    public PlansSession Admin { get; private set; } = null!;
    public PlansSession Approver { get; private set; } = null!;
    public PlansSession Editor { get; private set; } = null!;
    public PlansSession Viewer { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Admin = await PlansSession.SignInAsync(Factory);
        await Admin.CreateUserAsync(ApproverEmail, "Administrator");
        await Admin.CreateUserAsync(EditorEmail, "Editor");
        await Admin.CreateUserAsync(ViewerEmail, "Viewer");
        Approver = await PlansSession.SignInAsync(Factory, ApproverEmail, PlansPortalFactory.UserPassword);
        Editor = await PlansSession.SignInAsync(Factory, EditorEmail, PlansPortalFactory.UserPassword);
        Viewer = await PlansSession.SignInAsync(Factory, ViewerEmail, PlansPortalFactory.UserPassword);
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

using Portal.Publications.Tests.Support;

namespace Portal.Publications.Tests.Authoring;

/// <summary>The people of <see cref="PublicationsApiFixture"/> and an outsider: signed in to met, without any publications permission.</summary>
public sealed class AuthoringFixture : IAsyncLifetime
{
    public const string OutsiderEmail = "outsider@publications-tests.example.org";

    private readonly PublicationsApiFixture people = new();

    public PublicationsPortalFactory Factory => people.Factory;
    public PublicationsSession Admin => people.Admin;
    public PublicationsSession Approver => people.Approver;
    public PublicationsSession Editor => people.Editor;
    public PublicationsSession Viewer => people.Viewer;
    public PublicationsSession Outsider { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await people.InitializeAsync();
        await Admin.CreateUserAsync(OutsiderEmail);
        Outsider = await PublicationsSession.SignInAsync(Factory, OutsiderEmail, PublicationsPortalFactory.UserPassword);
    }

    public async Task DisposeAsync()
    {
        Outsider?.Dispose();
        await people.DisposeAsync();
    }
}

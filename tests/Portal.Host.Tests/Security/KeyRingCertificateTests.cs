using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting.Internal;
using Portal.Host;
using Portal.Host.Security;

namespace Portal.Host.Tests.Security;

/// <summary>On PostgreSQL the key rings sit in the database: outside Development they must be encrypted there.</summary>
public sealed class KeyRingCertificateTests
{
    [Fact]
    public void A_production_node_on_postgres_without_a_certificate_refuses_to_start_and_names_the_settings()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            KeyRingCertificate.EnsureConfigured(new PortalOptions.DatabaseOptions { Provider = "Postgres" }, Environment("Production")));

        Assert.Contains("Portal:Database:KeyRingCertificate:Path", error.Message);
        Assert.Contains("Portal:Database:AllowUnencryptedKeyRing", error.Message);
    }

    [Theory]
    [InlineData("Postgres", "Development", null, false)]
    [InlineData("Postgres", "Production", "/etc/portal/keyring.pfx", false)]
    [InlineData("Postgres", "Production", null, true)]
    [InlineData("Sqlite", "Production", null, false)]
    public void Development_a_certificate_an_explicit_allowance_or_SQLite_let_the_node_start(string provider, string environment, string? path, bool allow)
    {
        var database = new PortalOptions.DatabaseOptions { Provider = provider, AllowUnencryptedKeyRing = allow };
        database.KeyRingCertificate.Path = path;

        KeyRingCertificate.EnsureConfigured(database, Environment(environment));
    }

    private static HostingEnvironment Environment(string name) =>
        new() { EnvironmentName = name, ApplicationName = "Portal.Web", ContentRootPath = "/", ContentRootFileProvider = new NullFileProvider() };
}

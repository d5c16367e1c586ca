using System.Security.Cryptography;

namespace Portal.Platform.Tests.Support;

/// <summary>
/// A demo platform with a plug-in folder holding the trusted test plug-in (a module whose features depend on
/// each other) and an untrusted file, so the catalogue has a plug-in and a refused plug-in to show.
/// </summary>
public sealed class PluginPlatformFixture : IAsyncLifetime
{
    public const string PluginFile = "Portal.Platform.TestPlugin.dll";
    public const string UntrustedFile = "untrusted.dll";

    public PluginPlatformFixture()
    {
        var built = Path.Combine(AppContext.BaseDirectory, "plugins", PluginFile);
        Assert.True(File.Exists(built), $"The test plug-in was not built next to the tests: {built}");
        var folder = Directory.CreateTempSubdirectory("portal-platform-plugins-").FullName;
        File.Copy(built, Path.Combine(folder, PluginFile));
        File.WriteAllBytes(Path.Combine(folder, UntrustedFile), RandomNumberGenerator.GetBytes(256));
        UntrustedSha256 = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, UntrustedFile))));
        Factory = new PlatformFactory(folder, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(built))));
    }

    public PlatformFactory Factory { get; }
    public string UntrustedSha256 { get; }
    public HttpClient Admin { get; private set; } = null!;

    public async Task InitializeAsync() => Admin = await SignIn.AsAdminAsync(Factory, "");

    public Task DisposeAsync()
    {
        Admin.Dispose();
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class PluginPlatformCollection : ICollectionFixture<PluginPlatformFixture>
{
    public const string Name = "Demo platform with plug-ins";
}

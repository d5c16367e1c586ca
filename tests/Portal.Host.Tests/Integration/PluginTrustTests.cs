using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;
using Portal.Host.Modules;
using Portal.Host.Tests.Support;

namespace Portal.Host.Tests.Integration;

/// <summary>Plug-ins load only when their SHA-256 is trusted; a plug-in that breaks the feature graph stops the app.</summary>
public sealed class PluginTrustTests
{
    [Fact]
    public async Task An_untrusted_plugin_is_refused_listed_and_logged_once()
    {
        var hash = TestPlugins.Sha256Of(TestPlugins.SampleFile);
        // Another hash is trusted, not this one.
        await using var factory = new PortalFactory(TestPlugins.FolderWith(TestPlugins.SampleFile), new string('0', 64));

        var catalog = factory.Services.GetRequiredService<IModuleCatalog>();

        Assert.DoesNotContain(catalog.Modules, m => m.Id == PluginPortalFixture.Greeter);
        Assert.Null(catalog.FindFeature(PluginPortalFixture.Greeter));
        var refused = Assert.Single(catalog.RefusedPlugins);
        Assert.Equal(TestPlugins.SampleFile, refused.FileName);
        Assert.Equal(hash, refused.Sha256);
        Assert.Contains("Portal:Plugins:Trusted", refused.Reason);

        var line = Assert.Single(factory.Log.Lines, l => l.Message.Contains(TestPlugins.SampleFile, StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Equal("Portal.Plugins", line.Category);
        Assert.Contains("refused", line.Message);
        Assert.Contains(hash, line.Message);

        // The platform administrator sees it too.
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var cookie = await SignIn.AsAdministratorAsync(client, ShellSettings.DefaultName);
        var response = await SignIn.GetWithCookieAsync(client, "/api/modules", SignIn.CookieName(ShellSettings.DefaultName), cookie);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var catalogue = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.DoesNotContain(catalogue.GetProperty("modules").EnumerateArray(), m => m.GetProperty("id").GetString() == PluginPortalFixture.Greeter);
        var listed = Assert.Single(catalogue.GetProperty("refusedPlugins").EnumerateArray());
        Assert.Equal(TestPlugins.SampleFile, listed.GetProperty("file").GetString());
        Assert.Equal(hash, listed.GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task An_untrusted_plugins_feature_cannot_be_enabled()
    {
        await using var factory = new PortalFactory(TestPlugins.FolderWith(TestPlugins.SampleFile));

        var features = factory.Services.GetRequiredService<IShellFeatureManager>();

        var ex = await Assert.ThrowsAsync<FeatureChangeException>(() => features.UpdateAsync("Default", [PluginPortalFixture.Greeter], [], null));
        Assert.Equal(400, ex.StatusCode);
    }

    [Fact]
    public async Task A_trusted_plugin_with_a_missing_dependency_stops_the_app_naming_both_features()
    {
        await using var factory = new PortalFactory(TestPlugins.FolderWith(TestPlugins.BrokenFile), TestPlugins.Sha256Of(TestPlugins.BrokenFile));

        var thrown = Record.Exception(() => factory.Services);

        var graphError = Flatten(thrown).OfType<FeatureGraphException>().FirstOrDefault();
        Assert.True(graphError is not null, $"Expected a FeatureGraphException, got: {thrown}");
        Assert.Contains("'Sample.Broken'", graphError.Message);
        Assert.Contains("'Sample.DoesNotExist'", graphError.Message);
    }

    [Fact]
    public async Task A_plugin_folder_with_a_file_that_is_not_an_assembly_is_refused_not_fatal()
    {
        var folder = TestPlugins.FolderWith();
        var notAnAssembly = Path.Combine(folder, "Notes.dll");
        await File.WriteAllTextAsync(notAnAssembly, "not a .NET assembly");
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(notAnAssembly)));
        await using var factory = new PortalFactory(folder, hash);

        var catalog = factory.Services.GetRequiredService<IModuleCatalog>();

        var refused = Assert.Single(catalog.RefusedPlugins);
        Assert.Equal("Notes.dll", refused.FileName);
        Assert.Contains("not a .NET assembly", refused.Reason);
    }

    private static IEnumerable<Exception> Flatten(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            yield return ex;
            if (ex is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;

namespace Portal.CallRouting.Tests.Support.Recipes;

/// <summary>
/// The real portal (Development, SQLite, in-memory bus) set up with the shipped <c>demo</c> recipe as a newcomer gets
/// it: city, then met, each with its demonstration routing. Setting it up takes seconds, so the demo tests share one.
/// </summary>
public sealed class DemoRoutingPortalFixture : IAsyncLifetime
{
    public AgreementsPortalFactory Factory { get; } = new(new Dictionary<string, string> { ["Portal:Setup:Recipe"] = "demo" });

    public Task InitializeAsync()
    {
        _ = Factory.Services; // starts the portal, which runs the demo recipe
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>GET <paramref name="path"/> of <paramref name="tenant"/>'s API with its automation client; asserts 200.</summary>
    public async Task<JsonElement> GetAsync(string tenant, string path)
    {
        using var api = await Factory.ApiAsync(tenant, "routing.read");
        using var response = await api.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET /{tenant}/{path} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>A routing decision of <paramref name="tenant"/>; asserts 200.</summary>
    public async Task<JsonElement> DecideAsync(string tenant, object request)
    {
        using var api = await Factory.ApiAsync(tenant, "routing.read");
        using var response = await api.PostAsJsonAsync("api/routing/decisions", request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"decision of {tenant} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Creates <paramref name="name"/> and sets it up with <paramref name="recipeJson"/>; the result as the host reports it.</summary>
    public async Task<SetupResult> SetUpTenantAsync(string name, string recipeJson)
    {
        var tenants = Factory.Services.GetRequiredService<IShellSettingsManager>();
        if (await tenants.FindAsync(name) is null)
        {
            await tenants.CreateAsync(new ShellSettings { Name = name, UrlPrefix = name, DisplayName = name, State = TenantState.Uninitialized });
        }

        return await Factory.Services.GetRequiredService<ITenantSetupService>().SetupAsync(name, recipeJson, new Dictionary<string, string>
        {
            ["AdminEmail"] = AgreementsPortalFactory.AdminEmail, ["AdminPassword"] = AgreementsPortalFactory.AdminPassword,
            ["ClientSecret"] = AgreementsPortalFactory.ClientSecret,
        });
    }

    public async Task<ShellSettings?> TenantAsync(string name) => await Factory.Services.GetRequiredService<IShellSettingsManager>().FindAsync(name);
}

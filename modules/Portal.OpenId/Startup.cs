using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Abstractions.Data;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Recipes;
using Portal.OpenId.Data;
using Portal.OpenId.Keys;
using Portal.OpenId.RecipeSteps;
using Portal.OpenId.Security;
using Portal.OpenId.Services;

namespace Portal.OpenId;

/// <summary>
/// The OpenIddict store on the tenant's database (applications, authorizations, scopes, tokens, keys), the portal's
/// scopes, the scope and client registries shared by the recipe step and the management feature.
/// </summary>
public sealed class Startup(IConfiguration configuration) : StartupBase
{
    private readonly OpenIdSettings settings = OpenIdSettings.From(configuration);

    public const string FeatureId = "Portal.OpenId";

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantDbContext<OpenIdDbContext, OpenIdSqliteDbContext, OpenIdPostgresDbContext>(OpenIdDbContext.Module);
        services.AddOpenIddict().AddCore(o =>
        {
            o.UseEntityFrameworkCore().UseDbContext<OpenIdDbContext>();
            // Secret checks remembered for a few minutes: PBKDF2 on every token request caps client credentials.
            o.ReplaceApplicationManager(typeof(SecretCachingApplicationManager<>));
            // Revocations on this node forget the API's confirmed token entries at once (see ConfirmedTokenEntries).
            o.ReplaceTokenManager(typeof(RevocationAwareTokenManager<>));
            o.ReplaceAuthorizationManager(typeof(RevocationAwareAuthorizationManager<>));
        });
        services.AddSingleton<VerifiedClientSecrets>();
        services.AddSingleton<ConfirmedTokenEntries>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton(settings);
        services.AddScoped<TenantKeyStore>();
        services.AddScoped<ScopeInstaller>();
        services.AddScoped<IFeatureEventHandler>(sp => sp.GetRequiredService<ScopeInstaller>());
        services.AddScoped<ScopeRegistry>();
        services.AddScoped<ClientRegistry>();
        services.AddScoped<IRecipeStepHandler, OpenIdScopesRecipeStep>();
        services.AddScoped<IRecipeStepHandler, OpenIdClientsRecipeStep>();
    }
}

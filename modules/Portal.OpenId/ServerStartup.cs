using Microsoft.AspNetCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Security;
using Portal.Abstractions.Shell;
using OpenIddict.Server.AspNetCore;
using Portal.Abstractions.Navigation;
using Portal.OpenId.Keys;
using Portal.OpenId.Navigation;
using Portal.OpenId.Security;
using Portal.OpenId.Services;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Portal.OpenId;

/// <summary>
/// The tenant's authorization server. Its issuer is inferred from each request (<c>{scheme}://{host}{pathBase}/</c>),
/// and its endpoints are relative, so they sit under the tenant's prefix and a token of one tenant is refused by
/// another. Authorization code with PKCE (S256 only), client credentials and rotating refresh tokens; no implicit,
/// hybrid or password grant.
/// </summary>
[Feature(FeatureId)]
public sealed class ServerStartup(IConfiguration configuration, IHostEnvironment environment) : StartupBase
{
    public const string FeatureId = "Portal.OpenId.Server";

    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan AuthorizationCodeLifetime = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan RefreshTokenLifetime = TimeSpan.FromHours(8);

    public override void ConfigureServices(IServiceCollection services)
    {
        var settings = OpenIdSettings.From(configuration);
        var tenant = services.LastOrDefault(d => d.ServiceType == typeof(ShellSettings))?.ImplementationInstance as ShellSettings;
        var useCertificates = settings.SigningCertificate?.IsSet == true || settings.EncryptionCertificate?.IsSet == true;
        if (!useCertificates && !environment.IsDevelopment() && !settings.AllowGeneratedKeys)
        {
            // Refusing here stops this tenant's shell: a production server must not sign with keys nobody chose.
            throw new InvalidOperationException(
                $"Tenant '{tenant?.Name}': the OpenID Connect server has no keys. Set {OpenIdSettings.Section}:SigningCertificate and " +
                $"{OpenIdSettings.Section}:EncryptionCertificate (Path and Password of a PFX, or Path and KeyPath of PEM files), " +
                $"or set {OpenIdSettings.Section}:AllowGeneratedKeys=true to keep generated keys in the tenant's store.");
        }

        services.AddOpenIddict().AddServer(o =>
        {
            o.SetAuthorizationEndpointUris("connect/authorize")
                .SetTokenEndpointUris("connect/token")
                .SetRevocationEndpointUris("connect/revoke")
                .SetIntrospectionEndpointUris("connect/introspect")
                .SetEndSessionEndpointUris("connect/endsession")
                .SetUserInfoEndpointUris("connect/userinfo");

            o.AllowAuthorizationCodeFlow().AllowClientCredentialsFlow().AllowRefreshTokenFlow();
            o.RequireProofKeyForCodeExchange();
            // S256 only: "plain" gives no protection against a stolen code, so it is neither advertised nor accepted.
            o.Configure(x =>
            {
                x.CodeChallengeMethods.Clear();
                x.CodeChallengeMethods.Add(CodeChallengeMethods.Sha256);
            });

            o.SetAccessTokenLifetime(AccessTokenLifetime)
                .SetIdentityTokenLifetime(AccessTokenLifetime)
                .SetAuthorizationCodeLifetime(AuthorizationCodeLifetime)
                .SetRefreshTokenLifetime(RefreshTokenLifetime)
                // No grace: a refresh token used twice revokes its whole authorization (stolen-token detection).
                .SetRefreshTokenReuseLeeway(TimeSpan.Zero);

            o.RegisterScopes(PortalScopes.All.Select(s => s.Name).ToArray());
            // Scopes an administrator added are in the store only: discovery lists them too.
            o.AddEventHandler<OpenIddictServerEvents.HandleConfigurationRequestContext>(b => b
                .UseScopedHandler<AdvertiseStoredScopes>()
                .SetOrder(OpenIddictServerHandlers.Discovery.AttachScopes.Descriptor.Order + 1)
                .SetType(OpenIddictServerHandlerType.Custom));
            o.AddEventHandler<OpenIddictServerEvents.ValidateTokenRequestContext>(b => b
                .UseScopedHandler<RejectUnpermittedScopes>()
                .SetOrder(OpenIddictServerHandlers.Exchange.ValidateScopePermissions.Descriptor.Order - 1)
                .SetType(OpenIddictServerHandlerType.Custom));
            // The issuer is {scheme}://{host}{pathBase}/ for every tenant (see TenantIssuer).
            o.AddEventHandler<OpenIddictServerEvents.ProcessRequestContext>(b => b
                .UseInlineHandler(context =>
                {
                    context.BaseUri = TenantIssuer.WithTrailingSlash(context.BaseUri);
                    return default;
                })
                .SetOrder(OpenIddictServerAspNetCoreHandlers.ResolveRequestUri.Descriptor.Order + 1)
                .SetType(OpenIddictServerHandlerType.Custom));
            o.AddEventHandler<OpenIddictServerEvents.ProcessChallengeContext>(b => b
                .UseInlineHandler(context =>
                {
                    KeepBearerChallengeHeaders.Apply(context.Transaction.GetHttpRequest());
                    return default;
                })
                .SetOrder(int.MinValue)
                .SetType(OpenIddictServerHandlerType.Custom));

            if (useCertificates)
            {
                o.AddSigningCertificate(CertificateLoader.Load(settings.SigningCertificate ?? new(), $"{OpenIdSettings.Section}:SigningCertificate"));
                o.AddEncryptionCertificate(CertificateLoader.Load(settings.EncryptionCertificate ?? new(), $"{OpenIdSettings.Section}:EncryptionCertificate"));
            }

            var aspNetCore = o.UseAspNetCore()
                .EnableAuthorizationEndpointPassthrough()
                .EnableTokenEndpointPassthrough()
                .EnableEndSessionEndpointPassthrough()
                .EnableUserInfoEndpointPassthrough();
            if (settings.AllowPlainHttp)
            {
                aspNetCore.DisableTransportSecurityRequirement();
            }
        });

        services.AddSingleton<IAuthenticationRequestPaths, OpenIddictServerRequestPaths>();
        services.AddScoped<UserConsents>();
        services.AddSingleton<INavigationProvider, ConnectedApplicationsNavigation>();

        // Even with certificates, access tokens are encrypted with the tenant's stored AES key (the certificate stays
        // to decrypt older tokens): RSA decryption on every API call would cost about a millisecond of CPU each.
        var signingFromStore = !useCertificates;
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>>(sp =>
            new StoredKeysConfiguration(sp.GetRequiredService<IServiceScopeFactory>(), signingFromStore));
        services.AddScoped<IFeatureEventHandler>(sp => new KeyInstaller(sp.GetRequiredService<TenantKeyStore>(), signingFromStore));
    }
}

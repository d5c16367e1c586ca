using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.Validation;
using OpenIddict.Validation.AspNetCore;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Security;
using Portal.OpenId.Security;
using static OpenIddict.Validation.OpenIddictValidationHandlers;

namespace Portal.OpenId;

/// <summary>
/// The tenant's APIs accept access tokens from the tenant's own server besides the sign-in cookie. Tokens are
/// checked against the store too, so a revoked token or authorization (code or refresh token replay, a deleted
/// client) stops working rather than at expiry: at once when revoked through this node, within
/// <see cref="ConfirmedTokenEntries.MaxAge"/> when revoked elsewhere.
/// </summary>
[Feature(FeatureId)]
public sealed class ValidationStartup : StartupBase
{
    public const string FeatureId = "Portal.OpenId.Validation";

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddOpenIddict().AddValidation(o =>
        {
            o.UseLocalServer();
            o.UseAspNetCore();
            o.EnableAuthorizationEntryValidation();
            o.EnableTokenEntryValidation();
            // A token found valid in full within ConfirmedTokenEntries.MaxAge is accepted by ConfirmedBearerHandler
            // without coming here; these two remember each full validation that passes, dated from its start.
            o.AddEventHandler(NoteTokenValidationStart.Descriptor);
            o.AddEventHandler(RememberConfirmedTokenEntries.Descriptor);
            o.RemoveEventHandler(Protection.ValidateReferenceTokenIdentifier.Descriptor);
            o.AddEventHandler(ReferenceTokensOnly.Replacing(sp => new Protection.ValidateReferenceTokenIdentifier(sp.GetRequiredService<IOpenIddictTokenManager>())));
            // The same issuer the tenant's server puts in its tokens: {scheme}://{host}{pathBase}/ (see TenantIssuer).
            o.AddEventHandler<OpenIddictValidationEvents.ProcessRequestContext>(b => b
                .UseInlineHandler(context =>
                {
                    context.BaseUri = TenantIssuer.WithTrailingSlash(context.BaseUri);
                    return default;
                })
                .SetOrder(OpenIddictValidationAspNetCoreHandlers.ResolveRequestUri.Descriptor.Order + 1)
                .SetType(OpenIddictValidationHandlerType.Custom));
            // An API refusal (401 without a valid token, 403 without the scope or permission) is left without a body
            // here: the host's status code pages then write problem+json, keeping the RFC 6750 WWW-Authenticate header.
        });

        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ConfirmedBearerHandler>(PortalAuthenticationSchemes.CookieOrBearer,
            "Sign-in cookie or bearer token", ConfirmedBearerHandler.ForwardRequestsWithoutBearerToken);
        services.AddSingleton<IAuthenticationRequestPaths, OpenIddictValidationRequestPaths>();

        // Identity sets its own defaults in AddIdentity; these run after every Configure, whatever the feature order.
        services.PostConfigure<AuthenticationOptions>(o =>
        {
            o.DefaultAuthenticateScheme = PortalAuthenticationSchemes.CookieOrBearer;
            o.DefaultChallengeScheme = PortalAuthenticationSchemes.CookieOrBearer;
            o.DefaultForbidScheme = PortalAuthenticationSchemes.CookieOrBearer;
        });
    }
}

using OpenIddict.Validation;
using static OpenIddict.Validation.OpenIddictValidationEvents;
using static OpenIddict.Validation.OpenIddictValidationHandlers.Protection;

namespace Portal.OpenId.Security;

/// <summary>
/// OpenIddict's reference-token lookup, built only for a token that is not a JWT. The built-in handler returns at once
/// for a JWT (every token this portal issues), but being scoped it is built first, and building it builds the token
/// manager, its store and a database context on every full validation. It takes the built-in handler's place under its
/// own type, because OpenIddict removes handlers by type: the built-in type re-added with a filter would be removed with it.
/// </summary>
internal sealed class ReferenceTokensOnly(IServiceProvider services, Func<IServiceProvider, ValidateReferenceTokenIdentifier> create)
    : IOpenIddictValidationHandler<ValidateTokenContext>
{
    public static OpenIddictValidationHandlerDescriptor Replacing(Func<IServiceProvider, ValidateReferenceTokenIdentifier> create) =>
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .Import(ValidateReferenceTokenIdentifier.Descriptor)
            .UseScopedHandler(provider => new ReferenceTokensOnly(provider, create))
            .Build();

    public ValueTask HandleAsync(ValidateTokenContext context) =>
        context.SecurityTokenHandler.CanReadToken(context.Token) ? ValueTask.CompletedTask : create(services).HandleAsync(context);
}

using OpenIddict.Validation;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace Portal.OpenId.Security;

/// <summary>
/// Runs one of OpenIddict's own store reads (<typeparamref name="THandler"/>: restoring the token entry's properties,
/// checking the token entry or the authorization entry) unless <see cref="CheckConfirmedTokenEntries"/> found this very
/// token confirmed valid moments ago and attached what its validation produced. It takes
/// the built-in handler's place under its own type: OpenIddict removes handlers by type, so re-adding the built-in
/// type with an extra filter would be removed with it, and the check would silently be gone.
/// </summary>
/// <remarks>
/// Scoped, like the built-in checks: they take the request's OpenIddict manager in their constructor (their
/// parameterless one throws), so <c>create</c> makes one from the request's services, only when it has to run.
/// </remarks>
internal sealed class SkipWhenConfirmed<THandler>(IServiceProvider services, Func<IServiceProvider, THandler> create)
    : IOpenIddictValidationHandler<ValidateTokenContext>
    where THandler : class, IOpenIddictValidationHandler<ValidateTokenContext>
{
    public static OpenIddictValidationHandlerDescriptor Replacing(OpenIddictValidationHandlerDescriptor builtIn, Func<IServiceProvider, THandler> create) =>
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .Import(builtIn)
            .UseScopedHandler(provider => new SkipWhenConfirmed<THandler>(provider, create))
            .Build();

    public ValueTask HandleAsync(ValidateTokenContext context)
    {
        var lookup = context.Transaction.GetProperty<TokenEntryLookup>(TokenEntryLookup.Property);
        var confirmed = lookup is { Confirmed: true } && string.Equals(lookup.Token, context.Token, StringComparison.Ordinal);
        return confirmed ? ValueTask.CompletedTask : create(services).HandleAsync(context);
    }
}

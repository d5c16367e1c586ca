using OpenIddict.Validation;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace Portal.OpenId.Security;

/// <summary>
/// Runs one of OpenIddict's own entry checks (<typeparamref name="THandler"/>: the token entry or the authorization
/// entry) unless <see cref="CheckConfirmedTokenEntries"/> found this very token confirmed valid moments ago. It takes
/// the built-in handler's place under its own type: OpenIddict removes handlers by type, so re-adding the built-in
/// type with an extra filter would be removed with it, and the check would silently be gone.
/// </summary>
internal sealed class SkipWhenConfirmed<THandler> : IOpenIddictValidationHandler<ValidateTokenContext>
    where THandler : IOpenIddictValidationHandler<ValidateTokenContext>, new()
{
    private readonly THandler _check = new();

    public static OpenIddictValidationHandlerDescriptor Replacing(OpenIddictValidationHandlerDescriptor builtIn) =>
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .Import(builtIn)
            .UseSingletonHandler<SkipWhenConfirmed<THandler>>()
            .Build();

    public ValueTask HandleAsync(ValidateTokenContext context)
    {
        var lookup = context.Transaction.GetProperty<TokenEntryLookup>(TokenEntryLookup.Property);
        var confirmed = lookup is { Confirmed: true } && string.Equals(lookup.TokenId, context.TokenId, StringComparison.Ordinal);
        return confirmed ? ValueTask.CompletedTask : _check.HandleAsync(context);
    }
}

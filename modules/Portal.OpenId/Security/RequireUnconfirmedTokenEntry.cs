using OpenIddict.Validation;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace Portal.OpenId.Security;

/// <summary>
/// Added to OpenIddict's own token-entry and authorization-entry checks: they run unless
/// <see cref="CheckConfirmedTokenEntries"/> found this very token confirmed valid moments ago.
/// </summary>
internal sealed class RequireUnconfirmedTokenEntry : IOpenIddictValidationHandlerFilter<ValidateTokenContext>
{
    public ValueTask<bool> IsActiveAsync(ValidateTokenContext context)
    {
        var lookup = context.Transaction.GetProperty<TokenEntryLookup>(TokenEntryLookup.Property);
        var confirmed = lookup is { Confirmed: true } && string.Equals(lookup.TokenId, context.TokenId, StringComparison.Ordinal);
        return ValueTask.FromResult(!confirmed);
    }
}

using OpenIddict.Validation;
using static OpenIddict.Validation.OpenIddictValidationEvents;
using static OpenIddict.Validation.OpenIddictValidationHandlers.Protection;

namespace Portal.OpenId.Security;

/// <summary>
/// Runs after every entry check of the token passed (OpenIddict stops at the first rejection, so a refused token never
/// reaches it): remembers that this token's entries were valid when the reads started.
/// </summary>
internal sealed class RememberConfirmedTokenEntries(ConfirmedTokenEntries entries) : IOpenIddictValidationHandler<ValidateTokenContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } = OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
        .UseSingletonHandler<RememberConfirmedTokenEntries>()
        .SetOrder(ValidateAuthorizationEntry.Descriptor.Order + 500)
        .SetType(OpenIddictValidationHandlerType.Custom)
        .Build();

    public ValueTask HandleAsync(ValidateTokenContext context)
    {
        var lookup = context.Transaction.GetProperty<TokenEntryLookup>(TokenEntryLookup.Property);
        if (lookup is { Confirmed: false } && !context.IsRejected && string.Equals(lookup.TokenId, context.TokenId, StringComparison.Ordinal))
        {
            entries.Confirm(lookup.TokenId, lookup.Generation, lookup.StartedAt);
        }

        return ValueTask.CompletedTask;
    }
}

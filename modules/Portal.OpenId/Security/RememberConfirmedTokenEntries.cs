using OpenIddict.Validation;
using static OpenIddict.Validation.OpenIddictValidationEvents;
using static OpenIddict.Validation.OpenIddictValidationHandlers.Protection;

namespace Portal.OpenId.Security;

/// <summary>
/// Runs after every check of the token passed (OpenIddict stops at the first rejection, so a refused token never
/// reaches it): remembers what the validation produced, dated from when it started.
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
        if (lookup is not null && !context.IsRejected && context.Principal is not null
            && string.Equals(lookup.Token, context.Token, StringComparison.Ordinal))
        {
            entries.Confirm(lookup.Token, new ConfirmedToken(context.Principal, context.TokenId, context.AuthorizationId), lookup.Generation, lookup.StartedAt);
        }

        return ValueTask.CompletedTask;
    }
}

using OpenIddict.Validation;
using static OpenIddict.Validation.OpenIddictValidationEvents;
using static OpenIddict.Validation.OpenIddictValidationHandlers.Protection;

namespace Portal.OpenId.Security;

/// <summary>
/// Runs just before OpenIddict decrypts and checks a token (one <see cref="ConfirmedBearerHandler"/> did not find
/// confirmed): notes when the validation starts and under which generation of <see cref="ConfirmedTokenEntries"/>, so
/// that <see cref="RememberConfirmedTokenEntries"/> can remember its success, dated from before the store was read.
/// </summary>
internal sealed class NoteTokenValidationStart(ConfirmedTokenEntries entries, TimeProvider clock) : IOpenIddictValidationHandler<ValidateTokenContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } = OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
        .UseSingletonHandler<NoteTokenValidationStart>()
        .SetOrder(ValidateIdentityModelToken.Descriptor.Order - 500)
        .SetType(OpenIddictValidationHandlerType.Custom)
        .Build();

    public ValueTask HandleAsync(ValidateTokenContext context)
    {
        if (string.IsNullOrEmpty(context.Token) || context.Principal is not null)
        {
            // Nothing to validate, or another handler already resolved the token: nothing of this run is remembered.
            context.Transaction.Properties.Remove(TokenEntryLookup.Property);
            return ValueTask.CompletedTask;
        }

        // The generation is read before the clock and the store, so a revocation racing with the reads is never missed.
        context.Transaction.SetProperty(TokenEntryLookup.Property, new TokenEntryLookup(context.Token, entries.Generation, clock.GetUtcNow()));
        return ValueTask.CompletedTask;
    }
}

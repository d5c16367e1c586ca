using OpenIddict.Validation;
using static OpenIddict.Validation.OpenIddictValidationEvents;
using static OpenIddict.Validation.OpenIddictValidationHandlers.Protection;

namespace Portal.OpenId.Security;

/// <summary>
/// Runs just before OpenIddict reads the token and authorization entries: notes whether this token's entries were
/// confirmed valid within <see cref="ConfirmedTokenEntries.MaxAge"/> (then <see cref="SkipWhenConfirmed{THandler}"/>
/// skips both reads), or else when the reads start and under which generation, so their success can be remembered.
/// </summary>
internal sealed class CheckConfirmedTokenEntries(ConfirmedTokenEntries entries, TimeProvider clock) : IOpenIddictValidationHandler<ValidateTokenContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } = OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
        .UseSingletonHandler<CheckConfirmedTokenEntries>()
        .SetOrder(ValidateTokenEntry.Descriptor.Order - 500)
        .SetType(OpenIddictValidationHandlerType.Custom)
        .Build();

    public ValueTask HandleAsync(ValidateTokenContext context)
    {
        if (string.IsNullOrEmpty(context.TokenId))
        {
            // No entry to check (OpenIddict's own handlers decide); nothing to remember either.
            context.Transaction.Properties.Remove(TokenEntryLookup.Property);
            return ValueTask.CompletedTask;
        }

        // The generation is read before the clock and the store, so a revocation racing with the reads is never missed.
        var generation = entries.Generation;
        var lookup = new TokenEntryLookup(context.TokenId, entries.IsConfirmed(context.TokenId), generation, clock.GetUtcNow());
        context.Transaction.SetProperty(TokenEntryLookup.Property, lookup);
        return ValueTask.CompletedTask;
    }
}

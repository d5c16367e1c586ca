using OpenIddict.Validation;
using static OpenIddict.Validation.OpenIddictValidationEvents;
using static OpenIddict.Validation.OpenIddictValidationHandlers.Protection;

namespace Portal.OpenId.Security;

/// <summary>
/// Runs just before OpenIddict decrypts and checks the token. When this exact token passed a full validation within
/// <see cref="ConfirmedTokenEntries.MaxAge"/>, it attaches a copy of what that produced (OpenIddict's own check then
/// keeps the principal it finds, and <see cref="SkipWhenConfirmed{THandler}"/> skips the store reads); otherwise it
/// notes when the validation starts and under which generation, so <see cref="RememberConfirmedTokenEntries"/> can
/// remember its success.
/// </summary>
internal sealed class CheckConfirmedTokenEntries(ConfirmedTokenEntries entries, TimeProvider clock) : IOpenIddictValidationHandler<ValidateTokenContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } = OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
        .UseSingletonHandler<CheckConfirmedTokenEntries>()
        .SetOrder(ValidateIdentityModelToken.Descriptor.Order - 500)
        .SetType(OpenIddictValidationHandlerType.Custom)
        .Build();

    public ValueTask HandleAsync(ValidateTokenContext context)
    {
        if (string.IsNullOrEmpty(context.Token) || context.Principal is not null)
        {
            // Nothing to look up, or another handler already resolved the token: OpenIddict's own handlers decide.
            context.Transaction.Properties.Remove(TokenEntryLookup.Property);
            return ValueTask.CompletedTask;
        }

        // The generation is read before the clock and the store, so a revocation racing with the reads is never missed.
        var generation = entries.Generation;
        var confirmed = entries.Find(context.Token);
        if (confirmed is not null)
        {
            context.Principal = confirmed.CopyPrincipal();
            context.TokenId = confirmed.TokenId;
            context.AuthorizationId = confirmed.AuthorizationId;
        }

        context.Transaction.SetProperty(TokenEntryLookup.Property, new TokenEntryLookup(context.Token, confirmed is not null, generation, clock.GetUtcNow()));
        return ValueTask.CompletedTask;
    }
}

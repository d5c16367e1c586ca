namespace Portal.OpenId.Security;

/// <summary>
/// What <see cref="CheckConfirmedTokenEntries"/> found for the token being validated, kept in the validation
/// transaction for <see cref="SkipWhenConfirmed{THandler}"/> and <see cref="RememberConfirmedTokenEntries"/>.
/// </summary>
internal sealed record TokenEntryLookup(string Token, bool Confirmed, long Generation, DateTimeOffset StartedAt)
{
    public const string Property = ".portal_token_entry_lookup";
}

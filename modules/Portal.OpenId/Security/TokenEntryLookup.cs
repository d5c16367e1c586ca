namespace Portal.OpenId.Security;

/// <summary>
/// What <see cref="CheckConfirmedTokenEntries"/> found for the token being validated, kept in the validation
/// transaction for the filter and for <see cref="RememberConfirmedTokenEntries"/>.
/// </summary>
internal sealed record TokenEntryLookup(string TokenId, bool Confirmed, long Generation, DateTimeOffset StartedAt)
{
    public const string Property = ".portal_token_entry_lookup";
}

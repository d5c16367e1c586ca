namespace Portal.OpenId.Security;

/// <summary>
/// When and under which generation the validation of a token started (<see cref="NoteTokenValidationStart"/>), kept in
/// the validation transaction for <see cref="RememberConfirmedTokenEntries"/>.
/// </summary>
internal sealed record TokenEntryLookup(string Token, long Generation, DateTimeOffset StartedAt)
{
    public const string Property = ".portal_token_entry_lookup";
}

namespace Portal.CallRouting.Configuration.Services;

/// <summary>
/// What a queue may answer: <c>999</c>, <c>101</c>, or the name of an enterprise number. A name must hold a letter,
/// so that a mistyped emergency number (<c>99</c>, <c>9999</c>) is refused rather than taken for a name.
/// </summary>
public static class QueueServices
{
    public const string Hint = "999, 101, or the name of an enterprise number (letters, digits, spaces, hyphens, for example Crimestoppers)";

    public static bool IsValid(string service) =>
        service is "999" or "101"
        || (service.Length <= ConfigurationLimits.Service && service.Any(char.IsAsciiLetter)
            && service.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '-' or '_' or '.'));
}

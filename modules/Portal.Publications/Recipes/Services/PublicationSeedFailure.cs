namespace Portal.Publications.Recipes.Services;

/// <summary>
/// Why the module refused a report of a <c>publications</c> step. The setup then fails with this message and the host
/// removes the tenant's store, so nothing of the step (or the rest of the setup) is left behind.
/// </summary>
public sealed class PublicationSeedFailure(string message) : Exception(message)
{
    public static PublicationSeedFailure Of(string item, IReadOnlyDictionary<string, string[]> errors, string fallback) =>
        new($"publications: {item} was refused: " + (errors.Count == 0
            ? fallback
            : string.Join(" ", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")))));
}

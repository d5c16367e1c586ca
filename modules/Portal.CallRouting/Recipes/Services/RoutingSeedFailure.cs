namespace Portal.CallRouting.Recipes.Services;

/// <summary>
/// Why the module refused an item of a <c>call-routing</c> step. The setup then fails with this message and the host
/// removes the tenant's store, so nothing of the step (or the rest of the setup) is left behind.
/// </summary>
public sealed class RoutingSeedFailure(string message) : Exception(message)
{
    public static RoutingSeedFailure Of(string item, IDictionary<string, string[]> errors) =>
        new($"call-routing: {item} was refused: " +
            string.Join(" ", errors.SelectMany(e => e.Value.Select(m => string.IsNullOrEmpty(e.Key) ? m : $"{e.Key}: {m}"))));
}

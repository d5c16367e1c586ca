namespace Portal.Host.Recipes;

/// <summary>For validation without real setup values: every variable resolves to a harmless placeholder.</summary>
internal sealed class PlaceholderVariables : Dictionary<string, string>, IReadOnlyDictionary<string, string>
{
    public static readonly PlaceholderVariables Instance = new();

    bool IReadOnlyDictionary<string, string>.TryGetValue(string key, out string value)
    {
        value = key.Contains("Email", StringComparison.OrdinalIgnoreCase) ? "placeholder@example.invalid" : "Placeholder-Value-1!";
        return true;
    }
}

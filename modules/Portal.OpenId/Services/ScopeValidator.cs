using System.Text.RegularExpressions;
using Portal.OpenId.Models;

namespace Portal.OpenId.Services;

/// <summary>
/// Checks a scope before it is stored, naming each wrong field (camelCase, as the API spells it). A scope name is
/// a token of the space-separated <c>scope</c> parameter (RFC 6749 section 3.3); the portal keeps to a narrow,
/// unambiguous alphabet so names read the same in URLs, permissions (<c>scp:name</c>) and logs.
/// </summary>
internal static partial class ScopeValidator
{
    public const int MaxDisplayName = 200;
    public const int MaxDescription = 1000;
    public const int MaxResource = 200;

    [GeneratedRegex("^[a-z0-9._:-]{2,100}$")]
    private static partial Regex NamePattern();

    /// <summary>Whether <paramref name="name"/> has the shape of a scope name this portal accepts.</summary>
    public static bool IsScopeName(string? name) => name is not null && NamePattern().IsMatch(name);

    public static Dictionary<string, string[]> Validate(ScopeInput input, bool isNew)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(message);
        }

        if (isNew && !IsScopeName(input.Name))
        {
            Add("name", "Enter a name of 2 to 100 lowercase letters, digits, dots, underscores, hyphens or colons, for example routing.read.");
        }

        if (string.IsNullOrWhiteSpace(input.DisplayName))
        {
            Add("displayName", "Enter a display name.");
        }
        else if (input.DisplayName.Trim().Length > MaxDisplayName)
        {
            Add("displayName", $"Enter a display name of at most {MaxDisplayName} characters.");
        }

        if (input.Description is { } description && description.Trim().Length > MaxDescription)
        {
            Add("description", $"Enter a description of at most {MaxDescription} characters.");
        }

        foreach (var resource in input.Resources ?? [])
        {
            if (string.IsNullOrWhiteSpace(resource))
            {
                Add("resources", "Resource names cannot be empty.");
            }
            else if (resource.Any(char.IsWhiteSpace))
            {
                Add("resources", $"'{resource}' contains a space: a resource is one word, for example an API's URI.");
            }
            else if (resource.Length > MaxResource)
            {
                Add("resources", $"A resource name is at most {MaxResource} characters.");
            }
        }

        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }
}

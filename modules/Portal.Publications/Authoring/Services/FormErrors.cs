using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Portal.Publications.Authoring.Services;

/// <summary>
/// Puts the authoring service's field errors (keyed by their JSON path, "part1[2].body") on a page's model state
/// under the key of the element they are about, so the GOV.UK error summary links each message to its field.
/// </summary>
public static class FormErrors
{
    /// <param name="keyOf">The page's key for a service field and the message as the page should word it; null key: a message without a link.</param>
    public static void Add(ModelStateDictionary modelState, IReadOnlyDictionary<string, string[]> errors, Func<string, string, (string? Key, string Message)> keyOf)
    {
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                var (key, text) = keyOf(field, message);
                modelState.AddModelError(key ?? "", text);
            }
        }
    }

    /// <summary>The first segment of a path ("part1[2]" of "part1[2].body", "tags" of "tags[0]" when <paramref name="dropIndex"/>).</summary>
    public static string Head(string field, bool dropIndex = false)
    {
        var head = field.Split('.', 2)[0];
        return dropIndex && head.IndexOf('[', StringComparison.Ordinal) is var at and > 0 ? head[..at] : head;
    }

    /// <summary>The index in "part1[2].body", or null.</summary>
    public static int? Index(string field)
    {
        var open = field.IndexOf('[', StringComparison.Ordinal);
        var close = field.IndexOf(']', StringComparison.Ordinal);
        return open > 0 && close > open + 1 && int.TryParse(field.AsSpan(open + 1, close - open - 1), out var index) ? index : null;
    }

    /// <summary>The last segment of a path ("body" of "part1[2].body").</summary>
    public static string Leaf(string field) => field.Split('.') is var parts && parts.Length > 1 ? parts[^1] : "";
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Abstractions.Recipes;

namespace Portal.OpenId.RecipeSteps;

/// <summary>
/// Reads a recipe step of the form <c>{"name": ..., "&lt;property&gt;": [ {...}, ... ]}</c>: an unknown step property,
/// a missing array, or an item that is not an object of <typeparamref name="T"/> becomes a message naming the item
/// by its number (1-based), and the items that could be read are returned with their numbers.
/// </summary>
internal static class RecipeStepItems
{
    public static List<(int Number, T Item)> Read<T>(RecipeStep step, string property, string noun, JsonSerializerOptions json, List<string> errors)
        where T : class
    {
        var items = new List<(int, T)>();
        foreach (var key in step.Data.Select(p => p.Key).Where(k => k != "name" && k != property))
        {
            errors.Add($"unknown property \"{key}\".");
        }

        if (step.Data[property] is not JsonArray array)
        {
            errors.Add($"\"{property}\" must be an array.");
            return items;
        }

        for (var i = 0; i < array.Count; i++)
        {
            try
            {
                if (array[i]?.Deserialize<T>(json) is { } item)
                {
                    items.Add((i + 1, item));
                }
                else
                {
                    errors.Add($"{noun} {i + 1}: must be an object.");
                }
            }
            catch (JsonException ex)
            {
                errors.Add($"{noun} {i + 1}: {ex.Message}");
            }
        }

        return items;
    }
}

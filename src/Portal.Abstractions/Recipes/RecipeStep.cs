using System.Text.Json.Nodes;

namespace Portal.Abstractions.Recipes;

/// <summary>One step of a recipe: its name and its whole JSON object (variables already substituted).</summary>
public sealed record RecipeStep(int Index, string Name, JsonObject Data)
{
    /// <summary>Where this step is, for messages: "step 3 (users)".</summary>
    public string Location => $"step {Index + 1} ({Name})";
}

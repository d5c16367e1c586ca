using Microsoft.AspNetCore.Mvc.ModelBinding;
using Portal.OpenId.Models;

namespace Portal.OpenId.ViewModels;

/// <summary>
/// The scope form as the browser posts it: resources one per line. <see cref="ToInput"/> turns it into what the
/// registry (and its validator) takes.
/// </summary>
public sealed class ScopeFormViewModel
{
    public string? Name { get; set; }
    public string? DisplayName { get; set; }
    public string? Description { get; set; }
    public string? Resources { get; set; }

    /// <summary>Set by the controller, never from the form: an existing scope's name cannot change.</summary>
    [BindNever]
    public bool IsNew { get; set; } = true;

    /// <summary>Set by the controller: a built-in scope shows its resources but cannot change them.</summary>
    [BindNever]
    public bool BuiltIn { get; set; }

    public ScopeInput ToInput() => new()
    {
        Name = Name?.Trim(),
        DisplayName = DisplayName?.Trim(),
        Description = Description,
        // A built-in scope's form has no resources field: left out, they stay as they are.
        Resources = BuiltIn ? null : (Resources ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList(),
    };

    public static ScopeFormViewModel From(ScopeView scope) => new()
    {
        Name = scope.Name,
        DisplayName = scope.DisplayName,
        Description = scope.Description,
        Resources = string.Join('\n', scope.Resources),
        IsNew = false,
        BuiltIn = scope.BuiltIn,
    };
}

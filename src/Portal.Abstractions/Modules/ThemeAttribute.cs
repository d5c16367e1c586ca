namespace Portal.Abstractions.Modules;

/// <summary>Declares an assembly as a theme: a module whose main feature supplies layouts and assets.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ThemeAttribute : ModuleAttribute
{
    /// <summary>The theme this one builds on; it becomes a dependency of the theme's feature.</summary>
    public string? BaseTheme { get; set; }
}

namespace Portal.Abstractions.Modules;

/// <summary>
/// Declares an assembly as a portal module. The module is also its own main feature (same id),
/// so <see cref="Dependencies"/> are that feature's dependencies.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public class ModuleAttribute : Attribute
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Category { get; set; } = "Uncategorised";
    public string Description { get; set; } = "";
    public string[] Dependencies { get; set; } = [];
    public bool IsAlwaysEnabled { get; set; }
    public bool DefaultTenantOnly { get; set; }
}

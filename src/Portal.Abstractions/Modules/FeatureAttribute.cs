namespace Portal.Abstractions.Modules;

/// <summary>
/// On an assembly: declares an extra feature of the module. On a <see cref="StartupBase"/> class: says which
/// feature that startup belongs to (without it, a startup belongs to the module's main feature).
/// </summary>
[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class, AllowMultiple = true)]
public sealed class FeatureAttribute : Attribute
{
    public FeatureAttribute() { }

    public FeatureAttribute(string id) => Id = id;

    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Category { get; set; }
    public string Description { get; set; } = "";
    public string[] Dependencies { get; set; } = [];
    public bool IsAlwaysEnabled { get; set; }
    public bool DefaultTenantOnly { get; set; }
}

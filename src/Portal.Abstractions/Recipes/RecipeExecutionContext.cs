using Portal.Abstractions.Shell;

namespace Portal.Abstractions.Recipes;

/// <summary>What a step may know while it runs: the tenant it sets up and the setup variables.</summary>
public sealed class RecipeExecutionContext(ShellSettings tenant, IReadOnlyDictionary<string, string> variables)
{
    public ShellSettings Tenant { get; } = tenant;

    /// <summary>Setup values (AdminEmail, AdminPassword, ...). Never log them.</summary>
    public IReadOnlyDictionary<string, string> Variables { get; } = variables;
}

using Portal.Abstractions.Recipes;
using Portal.Users.Services;

namespace Portal.Users.RecipeSteps;

/// <summary>
/// The <c>roles</c> recipe step: creates each role that does not exist yet and gives it the listed permissions
/// on top of what it holds (a stereotype may already have given it some).
/// </summary>
internal sealed class RolesRecipeStep(PermissionCatalog permissions, RolePermissionWriter writer) : IRecipeStepHandler
{
    public string StepName => "roles";

    public void Validate(RecipeStep step, RecipeValidationContext context)
    {
        var errors = new List<string>();
        RolesStepReader.Read(step, permissions, errors);
        foreach (var error in errors)
        {
            context.AddError(step, error);
        }
    }

    public async Task ExecuteAsync(RecipeStep step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var roles = RolesStepReader.Read(step, permissions, errors);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"{step.Location}: {string.Join(" ", errors)}");
        }

        foreach (var entry in roles)
        {
            var role = await writer.EnsureRoleAsync(entry.Name, entry.Description);
            if (!string.IsNullOrEmpty(entry.Description) && role.Description != entry.Description && !RoleDescriptions.IsSystem(role.Name))
            {
                role.Description = entry.Description;
                await writer.UpdateAsync(role);
            }

            if (!RoleDescriptions.IsSystem(role.Name))
            {
                await writer.GrantAsync(role, entry.Permissions);
            }
        }
    }
}

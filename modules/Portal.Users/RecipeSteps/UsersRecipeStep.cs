using Portal.Abstractions.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Recipes;
using Portal.Users.Models;

namespace Portal.Users.RecipeSteps;

/// <summary>
/// The <c>users</c> recipe step: creates users with their roles and vetting level. The roles must exist by then
/// (Administrator always does; others come from stereotypes or an earlier <c>roles</c> step). A user Identity
/// refuses (a weak password, a taken address) fails the setup with Identity's reasons.
/// </summary>
internal sealed class UsersRecipeStep(UserManager<PortalUser> users, RoleManager<PortalRole> roles, ILogger<UsersRecipeStep> logger)
    : IRecipeStepHandler
{
    public string StepName => "users";

    public void Validate(RecipeStep step, RecipeValidationContext context)
    {
        var errors = new List<string>();
        UsersStepReader.Read(step, errors);
        foreach (var error in errors)
        {
            context.AddError(step, error);
        }
    }

    public async Task ExecuteAsync(RecipeStep step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var entries = UsersStepReader.Read(step, errors);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"{step.Location}: {string.Join(" ", errors)}");
        }

        foreach (var entry in entries)
        {
            foreach (var role in entry.Roles)
            {
                if (!await roles.RoleExistsAsync(role))
                {
                    throw new InvalidOperationException($"{step.Location}: the role '{role}' of {entry.Email} does not exist; add it with a roles step first.");
                }
            }

            if (await users.FindByEmailAsync(entry.Email) is not null)
            {
                throw new InvalidOperationException($"{step.Location}: a user with the email address {entry.Email} already exists.");
            }

            var user = new PortalUser
            {
                UserName = entry.Email,
                Email = entry.Email,
                EmailConfirmed = true,
                DisplayName = entry.DisplayName,
                VettingLevel = entry.VettingLevel,
            };
            // Identity's error descriptions say what rule a password breaks, never the password itself.
            Check(await users.CreateAsync(user, entry.Password), step, entry.Email);
            if (entry.Roles.Count > 0)
            {
                Check(await users.AddToRolesAsync(user, entry.Roles), step, entry.Email);
            }

            logger.LogInformation("Recipe created the user {Email} with roles {Roles}", entry.Email, string.Join(", ", entry.Roles));
        }
    }

    private static void Check(IdentityResult result, RecipeStep step, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"{step.Location}: the user {email} could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}

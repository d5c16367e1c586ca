using Microsoft.AspNetCore.Authorization;

namespace Portal.Abstractions.Security;

/// <summary>
/// Decides each requirement of type <typeparamref name="TRequirement"/> in a policy, in order, as
/// <see cref="AuthorizationHandler{TRequirement}"/> does, but without an async step or an allocation when the policy
/// has none of them or each is decided at once. Every handler of a tenant runs for every authorized request, and most
/// policies carry none of a given handler's requirements.
/// </summary>
public abstract class RequirementHandler<TRequirement> : IAuthorizationHandler
    where TRequirement : IAuthorizationRequirement
{
    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        var requirements = context.Requirements as IReadOnlyList<IAuthorizationRequirement> ?? [.. context.Requirements];
        for (var i = 0; i < requirements.Count; i++)
        {
            if (requirements[i] is TRequirement requirement)
            {
                var handling = HandleRequirementAsync(context, requirement);
                if (!handling.IsCompletedSuccessfully)
                {
                    return ContinueAsync(handling, context, requirements, i + 1);
                }
            }
        }

        return Task.CompletedTask;
    }

    protected abstract Task HandleRequirementAsync(AuthorizationHandlerContext context, TRequirement requirement);

    // One at a time, as the context is not safe for two handlings at once.
    private async Task ContinueAsync(Task handling, AuthorizationHandlerContext context, IReadOnlyList<IAuthorizationRequirement> requirements, int next)
    {
        await handling;
        for (var i = next; i < requirements.Count; i++)
        {
            if (requirements[i] is TRequirement requirement)
            {
                await HandleRequirementAsync(context, requirement);
            }
        }
    }
}

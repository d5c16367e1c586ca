using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Portal.Abstractions.Security;

namespace Portal.Publications.Sensitive.Endpoints;

/// <summary>
/// What every Part 2 API endpoint requires, whoever it serves: the OfficialSensitive policy under
/// <paramref name="permission"/> (SC vetting and a recent second factor), the <c>publications.sensitive</c> scope for a
/// token, and <c>no-store</c> on every answer.
/// </summary>
internal static class SensitiveEndpointRules
{
    public static RouteHandlerBuilder RequireSensitiveRead(this RouteHandlerBuilder endpoint, Permission permission) =>
        endpoint
            .RequireAuthorization(OfficialSensitive.PolicyFor(permission), ApiScope.Policy(Permissions.SensitiveScope))
            .WithMetadata(new OfficialSensitiveMetadata(permission.Name))
            // Refusals by the policy are marked no-store by the host's result handler; everything past it here.
            .AddEndpointFilter(async (context, next) =>
            {
                SensitiveReads.MarkNoStore(context.HttpContext.Response);
                return await next(context);
            })
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}

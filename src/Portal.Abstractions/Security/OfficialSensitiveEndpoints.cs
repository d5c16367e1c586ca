using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Portal.Abstractions.Security;

public static class OfficialSensitiveEndpoints
{
    /// <summary>
    /// Makes a minimal API endpoint OFFICIAL-SENSITIVE: the policy <see cref="OfficialSensitive.PolicyFor"/>
    /// (permission, vetting, recent second factor or sensitive-scoped token), no-store answers, and an audit
    /// entry for each read that is let through.
    /// </summary>
    public static RouteHandlerBuilder RequireOfficialSensitive(this RouteHandlerBuilder builder, Permission permission) =>
        builder
            .RequireAuthorization(OfficialSensitive.PolicyFor(permission))
            .WithMetadata(new OfficialSensitiveMetadata(permission.Name))
            .AddEndpointFilter(async (context, next) =>
            {
                var http = context.HttpContext;
                SensitiveReads.MarkNoStore(http.Response);
                var result = await next(context);
                await SensitiveReads.AuditAsync(http);
                return result;
            });
}

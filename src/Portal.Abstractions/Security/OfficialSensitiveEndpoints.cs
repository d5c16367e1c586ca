using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Portal.Abstractions.Security;

public static class OfficialSensitiveEndpoints
{
    /// <summary>
    /// Makes a minimal API endpoint OFFICIAL-SENSITIVE: the policy <see cref="OfficialSensitive.PolicyFor"/>
    /// (permission, vetting, recent second factor or sensitive-scoped token), no-store answers, and an audit
    /// entry for each request let through, with the outcome of the answer the endpoint gave (a 404 is no read).
    /// </summary>
    public static RouteHandlerBuilder RequireOfficialSensitive(this RouteHandlerBuilder builder, Permission permission) =>
        builder
            .RequireAuthorization(OfficialSensitive.PolicyFor(permission))
            .WithMetadata(new OfficialSensitiveMetadata(permission.Name))
            .AddEndpointFilter(async (context, next) =>
            {
                var http = context.HttpContext;
                SensitiveReads.MarkNoStore(http.Response);
                object? result;
                try
                {
                    result = await next(context);
                }
                catch (Exception) when (!http.RequestAborted.IsCancellationRequested)
                {
                    await SensitiveReads.AuditAsync(http, StatusCodes.Status500InternalServerError);
                    throw;
                }

                // The handler's value is not yet an answer (a 404 result is a value too): audit once it was given.
                return new AuditedSensitiveResult(result);
            });
}

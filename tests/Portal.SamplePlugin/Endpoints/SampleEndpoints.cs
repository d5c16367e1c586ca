using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Abstractions.Shell;
using Portal.SamplePlugin.Controllers;
using Portal.SamplePlugin.Services;

namespace Portal.SamplePlugin.Endpoints;

public static class SampleEndpoints
{
    /// <summary>The longest a slow request may wait, so a test cannot hang a request for ever.</summary>
    private const int MaxDelayMilliseconds = 30_000;

    public static void MapSampleEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/greeting", (ShellSettings tenant) => Results.Ok(new
        {
            tenant = tenant.Name,
            greeting = $"Hello from the sample plug-in, running in {tenant.Name}.",
        })).AllowAnonymous();

        // Waits, then uses the request's tenant services again: the host must keep the container alive until
        // the request ends, even if the tenant's shell was released meanwhile.
        routes.MapGet("/api/slow", async (int? ms, HttpContext context) =>
        {
            var delay = Math.Clamp(ms ?? 0, 0, MaxDelayMilliseconds);
            var before = context.RequestServices.GetRequiredService<ContainerStamp>().Id;
            await Task.Delay(delay, context.RequestAborted);
            var tenant = context.RequestServices.GetRequiredService<ShellSettings>();
            var after = context.RequestServices.GetRequiredService<ContainerStamp>().Id;
            return Results.Ok(new { tenant = tenant.Name, container = after, servicesWork = before == after });
        }).AllowAnonymous();

        routes.MapGet("/api/sensitive-sample", () => Results.Ok(new { record = "Sample sensitive record 42", marking = OfficialSensitive.Marking }))
            .RequireOfficialSensitive(SamplePermissions.ReadSamples);

        // Let in by the policy, yet not always a read: record 0 is someone else's (403), others do not exist (404).
        routes.MapGet("/api/sensitive-sample/{id:int}", (int id) => id switch
            {
                SensitiveSampleController.RecordId => Results.Ok(new { record = SensitiveSampleController.RecordText, marking = OfficialSensitive.Marking }),
                0 => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "This record is not yours to read."),
                _ => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such record."),
            })
            .RequireOfficialSensitive(SamplePermissions.ReadSamples);
    }
}

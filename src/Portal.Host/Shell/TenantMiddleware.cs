using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Shell;
using Portal.Host.Data;
using Portal.Host.Web;

namespace Portal.Host.Shell;

/// <summary>
/// Sends each request into its tenant: picks the tenant, refuses it while it is off or being set up, then runs
/// the tenant's own pipeline with the tenant's path base and a scope of the tenant's container, restoring the
/// request afterwards.
/// </summary>
internal sealed class TenantMiddleware(RequestDelegate next, ShellHost shells, ILogger<TenantMiddleware> logger)
{
    private const int MaxAttempts = 3;
    private const int RetryAfterSeconds = 300;

    public Task InvokeAsync(HttpContext context)
    {
        var settings = shells.Table.Match(context.Request.Host.Value ?? "", context.Request.Path.Value ?? "/");
        if (settings is null)
        {
            return next(context);
        }

        return settings.State == TenantState.Running ? RunInTenantAsync(context, settings) : RefuseAsync(context, settings);
    }

    // One async step for the whole tenant request (every request pays for each one).
    private async Task RunInTenantAsync(HttpContext context, ShellSettings settings)
    {
        // A shell can be released between lookup and lease; then the next attempt gets the new one.
        for (var attempt = 1; ; attempt++)
        {
            ShellContext shell;
            try
            {
                shell = await shells.GetOrCreateAsync(shells.Table.Find(settings.Name) ?? settings);
            }
            catch (Exception ex) when (StoreUnavailable.Is(ex) && !context.Response.HasStarted)
            {
                // Building the shell reads its store (connection secret, migrations): with the database down
                // that is a 503 to retry, not a 500. The failed build is not cached, so the next request retries it.
                logger.LogWarning("Tenant {Tenant} cannot be started: the store is not available ({Reason})", settings.Name, ex.GetBaseException().Message);
                StoreUnavailable.ForgetBrokenConnections();
                await ProblemWriter.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, StoreUnavailable.Title, StoreUnavailable.Detail,
                    StoreUnavailable.RetryAfterSeconds, WantsJson(context.Request, settings));
                return;
            }

            using var lease = shell.TryAcquire();
            if (lease is null)
            {
                if (attempt < MaxAttempts)
                {
                    continue;
                }

                await ProblemWriter.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "The service is restarting", "Try again in a moment.",
                    asJson: WantsJson(context.Request, settings));
                return;
            }

            await using var scope = shell.Services.CreateAsyncScope();
            var host = TenantRequest.Enter(context, shell.Settings.PathBase, scope.ServiceProvider);
            try
            {
                await shell.Pipeline(context);
            }
            finally
            {
                host.Restore(context);
            }

            return;
        }
    }

    /// <summary>
    /// What the request had before it entered its tenant: the path (the tenant's prefix moves to the path base) and
    /// the services feature (the tenant's scope takes its place). Reading context.RequestServices to keep it would
    /// have built, and later disposed, a host scope on every request that nothing in the tenant uses.
    /// </summary>
    private readonly record struct TenantRequest(PathString PathBase, PathString Path, IServiceProvidersFeature? Services)
    {
        public static TenantRequest Enter(HttpContext context, string prefix, IServiceProvider tenantServices)
        {
            var request = context.Request;
            var host = new TenantRequest(request.PathBase, request.Path, context.Features.Get<IServiceProvidersFeature>());
            if (prefix.Length > 0 && host.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase, out var matched, out var remaining))
            {
                request.PathBase = host.PathBase.Add(matched);
                request.Path = remaining.HasValue ? remaining : "/";
            }

            context.Features.Set<IServiceProvidersFeature>(new ServiceProvidersFeature { RequestServices = tenantServices });
            return host;
        }

        public void Restore(HttpContext context)
        {
            context.Features.Set(Services);
            context.Request.PathBase = PathBase;
            context.Request.Path = Path;
        }
    }

    private static Task RefuseAsync(HttpContext context, ShellSettings settings)
    {
        var json = WantsJson(context.Request, settings);
        return settings.State == TenantState.Disabled
            ? ProblemWriter.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "This service is switched off",
                "The platform administrator has disabled it for now.", RetryAfterSeconds, json)
            : ProblemWriter.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "This service is being set up",
                "It is not available yet.", RetryAfterSeconds, json);
    }

    // The tenant's prefix is still on the path here: "/met/api/x" is an API call and gets problem+json all the same.
    private static bool WantsJson(HttpRequest request, ShellSettings settings) =>
        ProblemWriter.WantsJson(request,
            settings.PathBase.Length > 0 && request.Path.StartsWithSegments(settings.PathBase, StringComparison.OrdinalIgnoreCase, out var inTenant)
                ? inTenant
                : request.Path);
}

using Microsoft.AspNetCore.Http;
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

    public async Task InvokeAsync(HttpContext context)
    {
        var settings = shells.Table.Match(context.Request.Host.Value ?? "", context.Request.Path.Value ?? "/");
        if (settings is null)
        {
            await next(context);
            return;
        }

        if (settings.State != TenantState.Running)
        {
            await RefuseAsync(context, settings);
            return;
        }

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

            await RunInShellAsync(context, shell);
            return;
        }
    }

    private static async Task RunInShellAsync(HttpContext context, ShellContext shell)
    {
        var originalPathBase = context.Request.PathBase;
        var originalPath = context.Request.Path;
        var originalServices = context.RequestServices;
        var prefix = shell.Settings.PathBase;

        if (prefix.Length > 0 && originalPath.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase, out var matched, out var remaining))
        {
            context.Request.PathBase = originalPathBase.Add(matched);
            context.Request.Path = remaining.HasValue ? remaining : "/";
        }

        await using var scope = shell.Services.CreateAsyncScope();
        try
        {
            context.RequestServices = scope.ServiceProvider;
            await shell.Pipeline(context);
        }
        finally
        {
            context.RequestServices = originalServices;
            context.Request.PathBase = originalPathBase;
            context.Request.Path = originalPath;
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

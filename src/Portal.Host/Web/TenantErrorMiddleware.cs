using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Portal.Host.Data;

namespace Portal.Host.Web;

/// <summary>
/// The last line of defence in a tenant's pipeline: bad request bodies become 400 problem details, a
/// database that cannot be reached becomes 503 with Retry-After, anything else is logged (with the trace id, never the request body) and answered 500 without internals.
/// </summary>
internal sealed class TenantErrorMiddleware(RequestDelegate next, ILogger<TenantErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted && ex.InnerException is System.Text.Json.JsonException json)
        {
            // A body that does not fit the contract (unknown field, wrong type): name the field, as RFC 9457 asks.
            var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.');
            await ProblemWriter.WriteValidationAsync(context, new Dictionary<string, string[]>
            {
                [field] = [json.Message.Split(" Path:", 2)[0]],
            });
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            await ProblemWriter.WriteAsync(context, ex.StatusCode, "The request could not be read.", ex.Message);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nothing to answer.
        }
        catch (Exception ex) when (!context.Response.HasStarted && StoreUnavailable.Is(ex))
        {
            // The database is down or restarting: the request was fine and nothing was written (single
            // SaveChanges or a transaction). One line, without the stack or the connection string.
            logger.LogWarning("The store is not available for {Method} {Path} (trace {TraceId}): {Reason}",
                context.Request.Method, context.Request.Path, context.TraceIdentifier, ex.GetBaseException().Message);
            StoreUnavailable.ForgetBrokenConnections();
            await ProblemWriter.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, StoreUnavailable.Title, StoreUnavailable.Detail,
                StoreUnavailable.RetryAfterSeconds);
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            logger.LogError(ex, "Unhandled error for {Method} {Path} (trace {TraceId})", context.Request.Method, context.Request.Path, context.TraceIdentifier);
            await ProblemWriter.WriteAsync(context, StatusCodes.Status500InternalServerError, "Something went wrong.",
                $"The error was logged with reference {context.TraceIdentifier}.");
        }
    }
}

using Microsoft.AspNetCore.Http;

namespace Portal.Abstractions.Security;

/// <summary>
/// The answer of an OFFICIAL-SENSITIVE endpoint, audited once it was given, with the status it actually had. Wraps
/// what the handler returned as minimal APIs would write it: a result as is, a string as text, anything else as JSON.
/// </summary>
internal sealed class AuditedSensitiveResult(object? value) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var answer = value switch
        {
            IResult result => result,
            string text => Results.Text(text),
            _ => Results.Json(value),
        };
        try
        {
            await answer.ExecuteAsync(httpContext);
        }
        catch (Exception) when (!httpContext.RequestAborted.IsCancellationRequested)
        {
            await SensitiveReads.AuditAsync(httpContext, StatusCodes.Status500InternalServerError);
            throw;
        }

        await SensitiveReads.AuditAsync(httpContext);
    }
}

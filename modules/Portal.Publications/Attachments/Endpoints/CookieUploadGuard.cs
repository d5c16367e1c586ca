using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Portal.Publications.Attachments.Endpoints;

/// <summary>
/// A multipart form is a request any web site can make a signed-in browser send, cookie included; JSON bodies are not
/// (they need a CORS preflight). So an upload carried by the session cookie must also carry the antiforgery token in
/// its header; one with an Authorization header (a bearer token, which no foreign page can attach) needs none.
/// </summary>
internal static class CookieUploadGuard
{
    public static async Task<IResult?> RefuseAsync(HttpContext http)
    {
        if (http.Request.Headers.Authorization.Count > 0)
        {
            return null;
        }

        var options = http.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value;
        var refusal = Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The antiforgery token is missing or not valid.",
            detail: $"An upload made with the sign-in cookie sends the page's antiforgery token in the {options.HeaderName} header.");
        if (options.HeaderName is null || !http.Request.Headers.ContainsKey(options.HeaderName))
        {
            return refusal;
        }

        try
        {
            // With the header present the token is read from it: the multipart body is left unread.
            await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
            return null;
        }
        catch (AntiforgeryValidationException)
        {
            return refusal;
        }
    }
}

using Microsoft.AspNetCore.Http;
using Portal.Abstractions.Web;
using Portal.CallRouting.Configuration.Services;

namespace Portal.CallRouting.Configuration.Endpoints;

/// <summary>How the routing configuration API answers a registry's outcome: problem details for every refusal.</summary>
public static class RegistryResponses
{
    /// <summary>200 with the item and its ETag; <paramref name="location"/> given: 201 Created there.</summary>
    public static IResult Ok<T>(HttpContext http, T value, string versionId, string? location = null)
    {
        http.Response.Headers.ETag = ETags.Format(versionId);
        http.Response.Headers.CacheControl = "no-store";
        return location is null ? Results.Ok(value) : Results.Created(location, value);
    }

    public static IResult Refusal<T>(RegistryResult<T> result, string what, string code, string blockersName = "blockers") where T : class => result.Status switch
    {
        RegistryStatus.NotFound => NotFound(what, code),
        RegistryStatus.Conflict => Results.ValidationProblem(result.Errors, statusCode: StatusCodes.Status409Conflict, title: result.Title,
            detail: result.Errors.Values.SelectMany(m => m).FirstOrDefault(),
            extensions: result.Blockers is null ? null : new Dictionary<string, object?> { [blockersName] = result.Blockers }),
        RegistryStatus.Stale => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: result.Title,
            detail: result.Errors.Values.SelectMany(m => m).FirstOrDefault()),
        _ => Results.ValidationProblem(result.Errors, title: $"The {what} was not saved: correct the fields named."),
    };

    public static IResult NotFound(string what, string code) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No such {what}.", detail: $"There is no {what} '{code}'.");
}

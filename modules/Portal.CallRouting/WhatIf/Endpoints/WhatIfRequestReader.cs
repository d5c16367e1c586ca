using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.CallRouting.WhatIf.Models;

namespace Portal.CallRouting.WhatIf.Endpoints;

/// <summary>
/// Reads a what-if body with the tenant's JSON options (unknown fields refused) and, unlike the generic reader,
/// names a field deep in the profile by its whole path (<c>profile.slots[3].queues[0].calls</c>): a profile has
/// hundreds of numbers, and "profile has the wrong type" would not say which.
/// </summary>
internal static class WhatIfRequestReader
{
    public static async Task<(WhatIfRequest? Request, IResult? Problem)> ReadAsync(HttpRequest request)
    {
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = await JsonSerializer.DeserializeAsync<WhatIfRequest>(request.Body, options, request.HttpContext.RequestAborted);
            return value is null ? (null, Refuse("", "Send a JSON object.")) : (value, null);
        }
        catch (JsonException ex)
        {
            var field = PathOf(ex.Path);
            // System.Text.Json has no exception type for an unmapped member; its (invariant, English) message says so.
            var message = ex.Message.Contains("could not be mapped", StringComparison.Ordinal)
                ? $"'{field}' is not a field of this request."
                : field.Length == 0 ? "The body is not valid JSON." : $"'{field}' has the wrong type or format.";
            return (null, Refuse(field, message));
        }
    }

    // "$.profile.slots[3].queues[0].calls" -> "profile.slots[3].queues[0].calls"; "$" -> "".
    internal static string PathOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    private static IResult Refuse(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The request body could not be read.");
}

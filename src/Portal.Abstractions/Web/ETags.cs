using Microsoft.AspNetCore.Http;

namespace Portal.Abstractions.Web;

/// <summary>A version id is an entity tag: sent as ETag, expected back as If-Match for a safe update.</summary>
public static class ETags
{
    public static string Format(string versionId) => $"\"{versionId}\"";

    /// <summary>The version the client expects, or null when it sent no If-Match (or "*": any version).</summary>
    public static string? ExpectedVersion(HttpRequest request)
    {
        var value = request.Headers.IfMatch.ToString().Trim();
        if (value.Length == 0 || value == "*")
        {
            return null;
        }

        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return value.Trim('"');
    }
}

using System.Text.Json;

namespace Portal.Host.Web;

internal static class ProblemJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}

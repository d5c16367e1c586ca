using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Portal.Publications.Tests.Support;

/// <summary>Sends one JSON request (a string body is sent as it is, anything else serialised) and reads the answer.</summary>
public static class Api
{
    public static async Task<ApiAnswer> SendAsync(HttpClient client, HttpMethod method, string url, object? body, string? ifMatch, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            var json = body as string ?? JsonSerializer.Serialize(body, new JsonSerializerOptions(JsonSerializerDefaults.Web));
            request.Content = new StringContent(json, Encoding.UTF8, contentType);
        }

        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        using var response = await client.SendAsync(request);
        return await ApiAnswer.ReadAsync(response);
    }
}

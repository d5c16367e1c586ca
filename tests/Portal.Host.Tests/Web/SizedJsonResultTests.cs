using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Web;

namespace Portal.Host.Tests.Web;

/// <summary>A JSON answer sent whole with its length: the serializer's own bytes under the application's options.</summary>
public sealed class SizedJsonResultTests
{
    private sealed record Answer(string Name, int[] Values);

    private static async Task<(HttpResponse Response, byte[] Body, JsonSerializerOptions Options)> ExecuteAsync(Answer answer)
    {
        var services = new ServiceCollection().AddOptions().Configure<JsonOptions>(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase)
            .BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        using var body = new MemoryStream();
        context.Response.Body = body;

        await new SizedJsonResult<Answer>(answer).ExecuteAsync(context);

        return (context.Response, body.ToArray(), services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions);
    }

    [Fact]
    public async Task The_answer_is_the_serializers_output_with_its_length_status_and_type()
    {
        var answer = new Answer("ada", [1, 2, 3]);

        var (response, body, options) = await ExecuteAsync(answer);

        Assert.Equal(StatusCodes.Status200OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.ContentType);
        Assert.Equal(body.Length, response.ContentLength);
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(answer, options), body);
        Assert.StartsWith("""{"name":"ada",""", System.Text.Encoding.UTF8.GetString(body));
    }

    [Fact]
    public async Task A_small_answer_after_a_large_one_on_the_same_thread_carries_nothing_of_it()
    {
        var large = new Answer(new string('x', 40_000), Enumerable.Range(0, 5_000).ToArray());
        var small = new Answer("b", [7]);

        var (_, largeBody, options) = await ExecuteAsync(large);
        var (response, smallBody, _) = await ExecuteAsync(small);

        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(large, options), largeBody);
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(small, options), smallBody);
        Assert.Equal(smallBody.Length, response.ContentLength);
    }
}

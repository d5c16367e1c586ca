using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Web;

namespace Portal.Host.Tests.Web;

/// <summary>The one size-limited JSON reader every API with a body limit uses: 413, 415, 400 or the value.</summary>
public sealed class LimitedJsonBodyTests
{
    private static readonly BodySizeLimit Limit = new(64, "A test request");

    private sealed record Sample(string? Name);

    [Fact]
    public async Task A_body_that_declares_more_than_the_limit_is_413_with_the_modules_words_before_anything_is_read()
    {
        var body = new WatchedStream();
        var request = Request(body, contentLength: 65);

        var (value, problem) = await LimitedJsonBody.ReadAsync<Sample>(request, Limit);

        Assert.Null(value);
        Assert.Equal(StatusCodes.Status413PayloadTooLarge, StatusOf(problem));
        Assert.Equal("A test request may be at most 64 bytes.", DetailOf(problem));
        Assert.False(body.WasRead);
    }

    [Fact]
    public async Task A_body_without_a_declared_length_is_counted_and_refused_with_413_past_the_limit()
    {
        var request = Request(Bytes($$"""{"name":"{{new string('x', 100)}}"}"""), contentLength: null);

        var (value, problem) = await LimitedJsonBody.ReadAsync<Sample>(request, Limit);

        Assert.Null(value);
        Assert.Equal(StatusCodes.Status413PayloadTooLarge, StatusOf(problem));
    }

    [Fact]
    public async Task A_body_within_the_limit_is_read_whether_or_not_it_declares_its_length()
    {
        var sized = await LimitedJsonBody.ReadAsync<Sample>(Request(Bytes("""{"name":"a"}"""), contentLength: 12), Limit);
        var unsized = await LimitedJsonBody.ReadAsync<Sample>(Request(Bytes("""{"name":"b"}"""), contentLength: null), Limit);

        Assert.Null(sized.Problem);
        Assert.Equal("a", sized.Value!.Name);
        Assert.Null(unsized.Problem);
        Assert.Equal("b", unsized.Value!.Name);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415_and_one_with_an_unknown_field_is_400_naming_it()
    {
        var notJson = await LimitedJsonBody.ReadAsync<Sample>(Request(Bytes("name=a"), contentLength: 6, contentType: "application/x-www-form-urlencoded"), Limit);
        var unknown = await LimitedJsonBody.ReadAsync<Sample>(Request(Bytes("""{"colour":"red"}"""), contentLength: 16), Limit);

        Assert.Equal(StatusCodes.Status415UnsupportedMediaType, StatusOf(notJson.Problem));
        Assert.Equal(StatusCodes.Status400BadRequest, StatusOf(unknown.Problem));
        Assert.True(((HttpValidationProblemDetails)ProblemOf(unknown.Problem)).Errors.ContainsKey("colour"));
    }

    [Theory]
    [InlineData("application/json", true)]
    [InlineData("application/json; charset=utf-8", true)]
    [InlineData("Application/JSON; Charset=UTF-8", true)]
    [InlineData("application/json;charset=utf-8", true)]
    [InlineData("application/merge-patch+json", true)]
    [InlineData("application/jsonx", false)]
    [InlineData("application/json-seq", false)]
    [InlineData("text/json", false)]
    [InlineData("text/plain; charset=utf-8", false)]
    public async Task Json_is_recognised_in_every_form_of_its_media_type_and_nothing_else_is(string contentType, bool accepted)
    {
        var read = await LimitedJsonBody.ReadAsync<Sample>(Request(Bytes("""{"name":"a"}"""), contentLength: 12, contentType), Limit);

        if (accepted)
        {
            Assert.Null(read.Problem);
            Assert.Equal("a", read.Value!.Name);
        }
        else
        {
            Assert.Equal(StatusCodes.Status415UnsupportedMediaType, StatusOf(read.Problem));
        }
    }

    [Fact]
    public async Task A_request_that_may_be_empty_needs_no_content_type_when_it_is_empty_but_does_when_it_is_not()
    {
        var empty = new Sample("empty");

        var absent = await LimitedJsonBody.ReadAsync(Request(Bytes(""), contentLength: 0, contentType: null), Limit, emptyAs: empty);
        var unsizedEmpty = await LimitedJsonBody.ReadAsync(Request(Bytes(""), contentLength: null, contentType: null), Limit, emptyAs: empty);
        var untyped = await LimitedJsonBody.ReadAsync(Request(Bytes("""{"name":"a"}"""), contentLength: null, contentType: null), Limit, emptyAs: empty);
        var required = await LimitedJsonBody.ReadAsync<Sample>(Request(Bytes(""), contentLength: 0, contentType: null), Limit);

        Assert.Same(empty, absent.Value);
        Assert.Same(empty, unsizedEmpty.Value);
        Assert.Equal(StatusCodes.Status415UnsupportedMediaType, StatusOf(untyped.Problem));
        Assert.Equal(StatusCodes.Status415UnsupportedMediaType, StatusOf(required.Problem));
    }

    [Fact]
    public async Task A_sized_body_read_whole_is_parsed_across_buffer_segments_and_refuses_what_follows_the_object()
    {
        var large = new BodySizeLimit(64 * 1024, "A test request");
        var name = new string('x', 10_000);
        var json = $$"""{"name":"{{name}}"}""";

        // The pipe over the stream holds the 10 KB in several segments: the copy path, not the single-segment one.
        var spread = await LimitedJsonBody.ReadAsync<Sample>(Request(Bytes(json), contentLength: json.Length), large);
        var trailing = await LimitedJsonBody.ReadAsync<Sample>(Request(Bytes("""{"name":"a"} {"name":"b"}"""), contentLength: 25), large);
        var wrongType = await LimitedJsonBody.ReadAsync<Sample>(Request(Bytes("""{"name":7}"""), contentLength: 10), large);

        Assert.Null(spread.Problem);
        Assert.Equal(name, spread.Value!.Name);
        Assert.Equal(StatusCodes.Status400BadRequest, StatusOf(trailing.Problem));
        Assert.Null(trailing.Value);
        Assert.Equal(StatusCodes.Status400BadRequest, StatusOf(wrongType.Problem));
        Assert.Equal(["'name' has the wrong type or format."], ((HttpValidationProblemDetails)ProblemOf(wrongType.Problem)).Errors["name"]);
    }

    [Fact]
    public async Task Another_parser_run_within_the_limit_gets_the_same_413()
    {
        var request = Request(Bytes(new string(' ', 200)), contentLength: null);

        var (value, problem) = await Limit.ReadAsync<string>(request, async r =>
        {
            using var reader = new StreamReader(r.Body);
            return (await reader.ReadToEndAsync(), null);
        });

        Assert.Null(value);
        Assert.Equal(StatusCodes.Status413PayloadTooLarge, StatusOf(problem));
    }

    [Fact]
    public void The_refusal_names_the_limit_in_the_largest_whole_unit()
    {
        Assert.Equal("A report request may be at most 4 MB.", DetailOf(new BodySizeLimit(4 * 1024 * 1024, "A report request").TooLarge()));
        Assert.Equal("A plan may be at most 512 KB.", DetailOf(new BodySizeLimit(512 * 1024, "A plan").TooLarge()));
    }

    private static HttpRequest Request(Stream body, long? contentLength, string? contentType = "application/json")
    {
        var context = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddOptions().Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o =>
                o.SerializerOptions.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow).BuildServiceProvider(),
        };
        context.Request.Method = "POST";
        context.Request.Body = body;
        context.Request.ContentLength = contentLength;
        context.Request.ContentType = contentType;
        return context.Request;
    }

    private static MemoryStream Bytes(string text) => new(Encoding.UTF8.GetBytes(text));

    private static int? StatusOf(IResult? result) => Assert.IsAssignableFrom<IStatusCodeHttpResult>(result).StatusCode;

    private static ProblemDetails ProblemOf(IResult? result) => Assert.IsAssignableFrom<ProblemDetails>(Assert.IsAssignableFrom<IValueHttpResult>(result).Value);

    private static string? DetailOf(IResult? result) => ProblemOf(result).Detail;

    private sealed class WatchedStream : MemoryStream
    {
        public bool WasRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count) => Record();

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Record());

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Record());

        private int Record()
        {
            WasRead = true;
            return 0;
        }
    }
}

using System.Net.Http.Headers;
using System.Text;

namespace Portal.CallRouting.Tests.Support;

/// <summary>
/// A JSON body sent without a Content-Length (as a chunked upload is): the server cannot refuse it by its declared
/// length and must count while reading.
/// </summary>
public static class UnsizedContent
{
    public static HttpContent Json(string json)
    {
        var content = new StreamContent(new UnseekableStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    // StreamContent declares a length only for a stream that can seek.
    private sealed class UnseekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Portal.Publications.Tests.Support;

/// <summary>Sends attachment uploads (multipart/form-data) as a signed-in browser (with the page's antiforgery token) or a bearer client.</summary>
public static partial class AttachmentUploads
{
    [GeneratedRegex(@"<input[^>]*name=""__RequestVerificationToken""[^>]*value=""([^""]+)""")]
    private static partial Regex TokenPattern();

    /// <summary>The antiforgery token of a page every signed-in person may open, for the RequestVerificationToken header.</summary>
    public static async Task<string> AntiforgeryTokenAsync(PublicationsSession session)
    {
        var page = await session.Browser.GetAsync(PublicationsSession.Tenant + "/account/password");
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET /account/password answered {(int)page.StatusCode}");
        var token = TokenPattern().Match(html);
        Assert.True(token.Success, "/account/password has no antiforgery token");
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    /// <summary>The form; a null <paramref name="fileName"/> sends no file, a null field leaves that field out.</summary>
    public static MultipartFormDataContent Form(byte[]? content, string? fileName, string? title, string? classification, string? contentType = null)
    {
        var form = new MultipartFormDataContent();
        if (content is not null && fileName is not null)
        {
            var file = new ByteArrayContent(content);
            if (contentType is not null)
            {
                file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            }

            form.Add(file, "file", fileName);
        }

        if (title is not null)
        {
            form.Add(new StringContent(title), "title");
        }

        if (classification is not null)
        {
            form.Add(new StringContent(classification), "classification");
        }

        return form;
    }

    /// <summary>Posts <paramref name="form"/>; <paramref name="antiforgeryToken"/> goes in its header when given.</summary>
    public static async Task<ApiAnswer> PostAsync(HttpClient client, string url, HttpContent form, string? antiforgeryToken = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = form };
        if (antiforgeryToken is not null)
        {
            request.Headers.Add("RequestVerificationToken", antiforgeryToken);
        }

        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        using var response = await client.SendAsync(request);
        return await ApiAnswer.ReadAsync(response);
    }
}

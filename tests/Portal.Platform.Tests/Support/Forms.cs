using System.Net;

namespace Portal.Platform.Tests.Support;

/// <summary>Posts a page's form as a browser would: the antiforgery token from the page, the cookies from the client.</summary>
public static class Forms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string pageUrl, string action, IDictionary<string, string> fields)
    {
        var token = await SignIn.AntiforgeryTokenAsync(client, pageUrl);
        var content = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(action, new FormUrlEncodedContent(content));
    }

    public static string Decode(string html) => WebUtility.HtmlDecode(html);
}

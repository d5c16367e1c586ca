using System.Net;

namespace Portal.Benchmarks.Publications;

/// <summary>
/// The baseline of the page goal: the page's exact bytes as a static file in the portal's web root (a folder of the
/// run's own, given to the portal as its <c>webroot</c>), fetched under the same tenant prefix. It is served by the
/// same process, through the same Kestrel, tenant resolution and tenant pipeline, by the static-file middleware every
/// tenant pipeline starts with, so the ratio is what the page costs beyond what the portal needs to send a file: routing,
/// rate limiter, authentication, authorization, antiforgery and the output-cache lookup (its policy reads the newest
/// publication for the cache key). A static-file middleware added by the benchmark in front of the portal would skip
/// the tenant resolution and error handling every request pays, and compare the page with something the portal never does.
/// </summary>
public static class StaticTwin
{
    public const string FileName = "bench-report-page-twin.html";

    /// <summary>Gets <paramref name="url"/> twice; the second answer must come from the output cache (it carries Age).</summary>
    public static async Task<CachedPage> CachedPageAsync(Uri url)
    {
        using var client = NewClient();
        (await GetAsync(client, url)).Dispose();
        using var response = await GetAsync(client, url);
        var age = response.Headers.Age;
        if (age is null)
        {
            throw new InvalidOperationException($"GET {url} was not served from the output cache (no Age header on the second request): the page goal is about the cached page.");
        }

        return new CachedPage(await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentType?.ToString() ?? "", age.Value.TotalSeconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture) + " s");
    }

    /// <summary>Writes the page's bytes into <paramref name="webRoot"/> and checks the portal serves them back, unchanged, under the tenant's prefix.</summary>
    public static async Task<Uri> WriteAsync(Uri portal, string tenant, string webRoot, CachedPage page)
    {
        await File.WriteAllBytesAsync(Path.Combine(webRoot, FileName), page.Body);
        var url = new Uri(portal, $"{tenant}/{FileName}");
        using var client = NewClient();
        using var response = await GetAsync(client, url);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (!body.AsSpan().SequenceEqual(page.Body))
        {
            throw new InvalidOperationException($"GET {url} did not answer the page's {page.Body.Length} bytes (got {body.Length}): is the portal's web root {webRoot}?");
        }

        return url;
    }

    private static HttpClient NewClient() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, AutomaticDecompression = DecompressionMethods.None }) { Timeout = TimeSpan.FromSeconds(60) };

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, Uri url)
    {
        var response = await client.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            var text = await response.Content.ReadAsStringAsync();
            response.Dispose();
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}: {text[..Math.Min(text.Length, 500)]}");
        }

        return response;
    }
}

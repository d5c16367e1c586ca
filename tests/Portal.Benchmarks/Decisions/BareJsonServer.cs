using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Portal.Benchmarks.Decisions;

/// <summary>
/// The decision API's baseline: a minimal ASP.NET Core app on Kestrel answering <c>POST /decide</c> (reading the
/// request body, as the portal must) with the exact JSON bytes the portal answered. It is sent the portal's request,
/// access token included, and ignores the token. No authentication, no tenant, no evaluation: what remains of the
/// portal's cost in the ratio is exactly that.
/// </summary>
public sealed class BareJsonServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BareJsonServer(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    public Uri Url { get; }

    public static async Task<BareJsonServer> StartAsync(byte[] body)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

        var app = builder.Build();
        app.MapPost("/decide", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            await reader.ReadToEndAsync();
            return Results.Bytes(body, "application/json; charset=utf-8");
        });
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BareJsonServer(app, new Uri(address.TrimEnd('/') + "/decide"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

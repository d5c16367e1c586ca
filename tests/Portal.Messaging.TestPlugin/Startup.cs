using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Messaging;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Shell;
using Portal.Contracts;
using Portal.Contracts.Diagnostics;

namespace Portal.Messaging.TestPlugin;

/// <summary>
/// <c>POST /api/test/probes?count=n</c> publishes n probes of the request's tenant through its outbox (one
/// transaction); <c>POST /api/test/failing?on=true|false</c> switches the failing handler, <c>?first=n</c> makes it
/// fail the first n attempts of each message; <c>GET /api/test/attempts/{id}</c> tells how often it tried one. Open to anyone: this
/// plug-in exists only in the tests.
/// </summary>
public sealed class Startup : StartupBase
{
    private const int MaxCount = 1000;

    public override void ConfigureServices(IServiceCollection services) =>
        services.AddScoped<IIntegrationEventHandler<MessagingProbe>, FailingProbeHandler>();

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider)
    {
        routes.MapPost("/api/test/probes", async (int count, ShellSettings tenant, IEventOutbox outbox, CancellationToken cancellationToken) =>
        {
            if (count is < 1 or > MaxCount)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["count"] = [$"Between 1 and {MaxCount}."] });
            }

            var probes = Enumerable.Range(0, count)
                .Select(_ => (IIntegrationEvent)new MessagingProbe(tenant.Name, Guid.NewGuid(), DateTimeOffset.UtcNow)).ToList();
            await outbox.PublishAsync(probes, cancellationToken);
            return Results.Accepted(value: new { tenant = tenant.Name, count });
        }).AllowAnonymous();

        routes.MapPost("/api/test/failing", (bool? on, int? first, ShellSettings tenant) =>
        {
            if (on is null && first is null or < 0)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["on"] = ["Give on=true|false, or first=n (n >= 0)."] });
            }

            if (on is { } always)
            {
                ProbeSwitch.Set(tenant.Name, always);
            }

            if (first is { } attempts)
            {
                ProbeSwitch.SetFailFirst(tenant.Name, attempts);
            }

            return Results.Ok(new { tenant = tenant.Name, failing = ProbeSwitch.IsFailing(tenant.Name), first });
        }).AllowAnonymous();

        routes.MapGet("/api/test/attempts/{messageId:guid}", (Guid messageId, ShellSettings tenant) =>
            Results.Ok(new { messageId, attempts = ProbeSwitch.AttemptsOf(tenant.Name, messageId) })).AllowAnonymous();
    }
}

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
/// transaction); <c>POST /api/test/probes?count=n&amp;to=other</c> publishes n <see cref="CrossTenantProbe"/>s from this
/// tenant to <c>other</c>, which handles them only after <c>POST /other/api/test/consents?from=this</c> (the
/// plug-in's <see cref="AgreedProbeAdmission"/>); <c>POST /api/test/failing?on=true|false</c> switches the failing handler, <c>?first=n</c> makes it
/// fail the first n attempts of each message; <c>GET /api/test/attempts/{id}</c> tells how often it tried one. Open to anyone: this
/// plug-in exists only in the tests.
/// </summary>
public sealed class Startup : StartupBase
{
    private const int MaxCount = 1000;

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<IIntegrationEventHandler<MessagingProbe>, FailingProbeHandler>();
        // The host's own CrossTenantProbeHandler handles them; this is only the consent to receive them.
        services.AddScoped<ICrossTenantAdmission<CrossTenantProbe>, AgreedProbeAdmission>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider)
    {
        routes.MapPost("/api/test/probes", async (int count, string? to, ShellSettings tenant, IEventOutbox outbox, CancellationToken cancellationToken) =>
        {
            if (count is < 1 or > MaxCount)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["count"] = [$"Between 1 and {MaxCount}."] });
            }

            if (to is not null && (to.Length == 0 || to == tenant.Name))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["The name of another tenant."] });
            }

            var now = DateTimeOffset.UtcNow;
            var probes = Enumerable.Range(0, count)
                .Select(_ => to is null
                    ? (IIntegrationEvent)new MessagingProbe(tenant.Name, Guid.NewGuid(), now)
                    : new CrossTenantProbe(tenant.Name, tenant.Name, to, Guid.NewGuid(), now))
                .ToList();
            await outbox.PublishAsync(probes, cancellationToken);
            return Results.Accepted(value: new { tenant = tenant.Name, to, count });
        }).AllowAnonymous();

        routes.MapPost("/api/test/consents", (string? from, ShellSettings tenant) =>
        {
            if (string.IsNullOrEmpty(from) || from == tenant.Name)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["from"] = ["The name of another tenant."] });
            }

            ProbeConsents.Agree(tenant.Name, from);
            return Results.Ok(new { tenant = tenant.Name, admitsProbesFrom = from });
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

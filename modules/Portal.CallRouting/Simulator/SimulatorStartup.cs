using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Modules;
using Portal.CallRouting.Simulator.Endpoints;
using Portal.CallRouting.Simulator.Services;

namespace Portal.CallRouting.Simulator;

/// <summary>The traffic simulator feature: one simulator per tenant container, its API, and its controls on the dashboard.</summary>
[Feature(FeatureId)]
public sealed class SimulatorStartup : StartupBase
{
    public const string FeatureId = "Portal.CallRouting.Simulator";

    public override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TrafficSimulator>();

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider) => routes.MapSimulatorApi();
}

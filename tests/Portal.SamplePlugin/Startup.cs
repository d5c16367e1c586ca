using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Modules;
using Portal.SamplePlugin.Endpoints;
using Portal.SamplePlugin.Services;

namespace Portal.SamplePlugin;

/// <summary>
/// The main feature: a greeting and a deliberately slow endpoint, both open to anyone, and an OFFICIAL-SENSITIVE
/// page and API under the permission ReadSamples.
/// </summary>
public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        // One per tenant container, so a test can tell an old container from a rebuilt one.
        services.AddSingleton<ContainerStamp>();
        services.AddSingleton<Portal.Abstractions.Security.IPermissionProvider, SamplePermissions>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider) =>
        routes.MapSampleEndpoints();
}

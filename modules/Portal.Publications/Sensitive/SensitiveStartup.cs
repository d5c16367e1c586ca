using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Modules;
using Portal.Publications.Sensitive.Endpoints;

namespace Portal.Publications.Sensitive;

/// <summary>
/// The feature Portal.Publications.Sensitive: the OFFICIAL-SENSITIVE Part 2 page and API, per-report grants and an
/// audit entry per read. A tenant without the feature has none of these addresses (404).
/// </summary>
[Feature("Portal.Publications.Sensitive")]
public sealed class SensitiveStartup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services) => services.AddPublicationsPart2();

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider)
    {
        routes.MapPart2Api();
        routes.MapPart2GrantsApi();
        routes.MapWorkingPart2Api();
    }
}

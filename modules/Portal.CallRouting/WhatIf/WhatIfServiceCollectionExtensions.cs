using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Abstractions.Navigation;
using Portal.CallRouting.WhatIf.Navigation;
using Portal.CallRouting.WhatIf.Routing;
using Portal.CallRouting.WhatIf.Services;

namespace Portal.CallRouting.WhatIf;

public static class WhatIfServiceCollectionExtensions
{
    /// <summary>
    /// What-if predictions. The plan versions and the routing function are fallbacks (TryAdd): the plans store's
    /// <see cref="IWhatIfPlanVersions"/> and an evaluator-backed <see cref="IWhatIfRouterFactory"/> registered
    /// before this call replace them.
    /// </summary>
    public static IServiceCollection AddRoutingWhatIf(this IServiceCollection services)
    {
        services.TryAddScoped<IWhatIfPlanVersions, PublishedPlanVersions>();
        services.TryAddSingleton<IWhatIfRouterFactory, ServingCentresRouterFactory>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<WhatIfService>();
        services.AddSingleton<INavigationProvider, WhatIfNavigation>();
        return services;
    }
}

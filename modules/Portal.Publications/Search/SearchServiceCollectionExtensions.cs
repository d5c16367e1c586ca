using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.Publications.Search;

/// <summary>Registers the public text search.</summary>
public static class SearchServiceCollectionExtensions
{
    public static IServiceCollection AddPublicationSearch(this IServiceCollection services)
    {
        services.TryAddScoped<IReportTextSearch, ContainsTextSearch>();
        return services;
    }
}

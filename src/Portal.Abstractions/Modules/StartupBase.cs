using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Abstractions.Modules;

/// <summary>
/// One per feature. The host calls <see cref="ConfigureServices"/> while building a tenant's container and
/// <see cref="Configure"/> while building that tenant's pipeline, in ascending <see cref="Order"/>
/// (then in feature dependency order).
/// </summary>
public abstract class StartupBase
{
    public virtual int Order => 0;

    /// <summary>Order of <see cref="Configure"/>; defaults to <see cref="Order"/>.</summary>
    public virtual int ConfigureOrder => Order;

    public virtual void ConfigureServices(IServiceCollection services) { }

    public virtual void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider) { }
}

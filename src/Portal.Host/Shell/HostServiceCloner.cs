using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Portal.Host.Shell;

/// <summary>
/// Copies the host's services into a tenant collection. Closed singletons become the host's instances (the
/// tenant must share, not recreate or dispose them); open generics, scoped and transient services are copied
/// as descriptors. Start-up filters, hosted services, the bus, routing and [HostOnly] services are left out: routing
/// must be the tenant's own, or every tenant's endpoints would land in the host's data sources.
/// </summary>
internal sealed class HostServiceCloner(IServiceCollection hostServices, IServiceProvider hostProvider)
{
    private readonly Dictionary<Type, object?[]> _instances = [];

    public void CopyInto(IServiceCollection tenantServices)
    {
        var seen = new Dictionary<Type, int>();
        foreach (var d in hostServices)
        {
            // The position among ALL registrations of the type is what GetServices orders by.
            var index = -1;
            if (!d.IsKeyedService)
            {
                index = seen.GetValueOrDefault(d.ServiceType);
                seen[d.ServiceType] = index + 1;
            }

            if (IsLeftOut(d))
            {
                continue;
            }

            if (d.Lifetime == ServiceLifetime.Singleton && !d.ServiceType.IsGenericTypeDefinition && !d.IsKeyedService
                && d.ImplementationInstance is null)
            {
                var instance = InstancesOf(d.ServiceType)[index];
                if (instance is not null)
                {
                    tenantServices.Add(ServiceDescriptor.Singleton(d.ServiceType, instance));
                }

                continue;
            }

            tenantServices.Add(d);
        }
    }

    private object?[] InstancesOf(Type serviceType)
    {
        lock (_instances)
        {
            if (!_instances.TryGetValue(serviceType, out var list))
            {
                list = hostProvider.GetServices(serviceType).ToArray();
                _instances[serviceType] = list;
            }

            return list;
        }
    }

    private static bool IsLeftOut(ServiceDescriptor d) =>
        d.ServiceType == typeof(IStartupFilter)
        || d.ServiceType.IsDefined(typeof(HostOnlyAttribute), inherit: false)
        || d.ServiceType == typeof(IHostedService)
        || IsRouting(d.ServiceType)
        || (!d.IsKeyedService && d.ImplementationType is { } t && IsRouting(t))
        || IsMassTransit(d.ServiceType);

    // The bus is the host's: modules reach it only through IEventOutbox and IIntegrationEventHandler<T>.
    private static bool IsMassTransit(Type type) =>
        (type.Namespace?.StartsWith("MassTransit", StringComparison.Ordinal) ?? false)
        || (type.IsGenericType && type.GetGenericArguments().Any(IsMassTransit));

    private static bool IsRouting(Type type) =>
        (type.Namespace?.StartsWith("Microsoft.AspNetCore.Routing", StringComparison.Ordinal) ?? false)
        || (type.IsGenericType && type.GetGenericArguments().Any(IsRouting));
}

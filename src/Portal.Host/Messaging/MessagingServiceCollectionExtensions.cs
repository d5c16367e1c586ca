using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Data;
using Portal.Abstractions.Messaging;
using Portal.Contracts;
using Portal.Contracts.Diagnostics;
using Portal.Contracts.Platform;
using Portal.Host.Health;
using Portal.Host.Messaging.Data;

namespace Portal.Host.Messaging;

/// <summary>The one bus of the process (in memory or RabbitMQ), the outbox dispatcher, and the consumers.</summary>
public static class MessagingServiceCollectionExtensions
{
    public static WebApplicationBuilder AddPortalMessaging(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<MessagingOptions>(builder.Configuration.GetSection(MessagingOptions.Section));
        var options = new MessagingOptions();
        builder.Configuration.GetSection(MessagingOptions.Section).Bind(options);

        var node = new MessagingNode();
        services.AddSingleton(node);
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<PlatformOutbox>();
        services.AddSingleton<TenantInboxWriter>();
        services.AddSingleton<DelayedRedelivery>();
        services.AddSingleton<TenantEventDispatcher>();
        services.AddHostedService<MessagingStoreInitializer>();

        InMemoryDeadLetterQueue? recorder = null;
        if (options.IsRabbitMq)
        {
            services.AddSingleton<IDeadLetterQueue, RabbitMqDeadLetterQueue>();
        }
        else
        {
            services.AddSingleton<IDeadLetterQueue>(sp => recorder!);
        }

        var lifecycleTypes = ContractTypes.All.Where(t => typeof(ITenantLifecycleEvent).IsAssignableFrom(t)).ToList();
        // Tenant changes are the host's business: every node's own endpoint takes them (no tenant handler, so
        // no tenant shell is built for them); every other contract goes to its tenant's handlers.
        var tenantTypes = ContractTypes.All.Except(lifecycleTypes).ToList();
        services.AddMassTransit(x =>
        {
            foreach (var type in tenantTypes)
            {
                x.AddConsumer(ConsumerOf(type));
            }

            foreach (var type in lifecycleTypes)
            {
                x.AddConsumer(typeof(TenantLifecycleConsumer<>).MakeGenericType(type));
            }

            // Named "bus" in /health/ready, and only there when a broker is configured: the in-memory bus has none to lose.
            x.ConfigureHealthCheckOptions(h =>
            {
                h.Name = "bus";
                h.Tags.Clear();
                h.Tags.Add(options.IsRabbitMq ? HealthEndpoints.ReadyTag : "bus");
            });

            if (options.IsRabbitMq)
            {
                x.UsingRabbitMq((context, cfg) =>
                {
                    var (host, port) = options.RabbitMQ.HostAndPort();
                    cfg.Host(host, port, options.RabbitMQ.VirtualHost, h =>
                    {
                        h.Username(options.RabbitMQ.Username ?? "guest");
                        h.Password(options.RabbitMQ.Password ?? "guest");
                        // Publish completes only when the broker confirmed: the outbox deletes a row only then.
                        h.PublisherConfirmation = true;
                        h.ConnectionName($"portal-{node.Id}");
                    });
                    ConfigureEndpoints(context, cfg, options, node, tenantTypes, lifecycleTypes, e =>
                    {
                        if (e is IRabbitMqReceiveEndpointConfigurator rabbit)
                        {
                            // This node's copy of the platform's announcements: gone with the node.
                            rabbit.AutoDelete = true;
                            rabbit.Durable = false;
                        }
                    });
                });
            }
            else
            {
                x.UsingInMemory((context, cfg) =>
                {
                    recorder = new InMemoryDeadLetterQueue(new Lazy<IBus>(context.GetRequiredService<IBus>), context.GetRequiredService<TimeProvider>());
                    cfg.ConnectReceiveObserver(recorder);
                    ConfigureEndpoints(context, cfg, options, node, tenantTypes, lifecycleTypes, _ => { });
                });
            }
        });
        services.Configure<MassTransitHostOptions>(o =>
        {
            // The portal serves pages while the broker is away; the outbox keeps the events until it is back.
            o.WaitUntilStarted = false;
            o.StopTimeout = TimeSpan.FromSeconds(15);
        });
        services.AddHostedService<OutboxDispatcher>();
        return builder;
    }

    /// <summary>Per tenant: the outbox and inbox store (migrated on activation), <see cref="IEventOutbox"/>, and the probe handler.</summary>
    public static IServiceCollection AddTenantMessaging(this IServiceCollection services)
    {
        services.AddTenantDbContext<TenantMessagingDbContext, TenantMessagingSqliteDbContext, TenantMessagingPostgresDbContext>(TenantMessagingDbContext.Module);
        services.AddScoped<IEventOutbox, TenantEventOutbox>();
        services.AddScoped<IIntegrationEventHandler<MessagingProbe>, MessagingProbeHandler>();
        services.AddScoped<IIntegrationEventHandler<CrossTenantProbe>, CrossTenantProbeHandler>();
        return services;
    }

    private static void ConfigureEndpoints(IBusRegistrationContext context, IBusFactoryConfigurator cfg, MessagingOptions options, MessagingNode node,
        IReadOnlyList<Type> tenantTypes, IReadOnlyList<Type> lifecycleTypes, Action<IReceiveEndpointConfigurator> nodeEndpoint)
    {
        foreach (var type in tenantTypes)
        {
            cfg.ReceiveEndpoint(ContractTypes.QueueOf(type), e =>
            {
                e.PrefetchCount = Math.Max(1, options.PrefetchCount);
                e.ConcurrentMessageLimit = Math.Max(1, options.PrefetchCount);
                Retry(e, options);
                e.ConfigureConsumer(context, ConsumerOf(type));
            });
        }

        // Every node its own endpoint, so each receives every tenant change (fan-out).
        cfg.ReceiveEndpoint($"portal.node.{node.Id}", e =>
        {
            nodeEndpoint(e);
            Retry(e, options);
            // A node's copy that keeps failing is dropped (and logged) rather than parked in a queue nobody reads.
            e.DiscardFaultedMessages();
            foreach (var type in lifecycleTypes)
            {
                e.ConfigureConsumer(context, typeof(TenantLifecycleConsumer<>).MakeGenericType(type));
            }
        });
    }

    // An event between tenants is delivered into its target, with the target's consent; any other into its own tenant.
    private static Type ConsumerOf(Type contract) => typeof(ICrossTenantEvent).IsAssignableFrom(contract)
        ? typeof(CrossTenantEventConsumer<>).MakeGenericType(contract)
        : typeof(IntegrationEventConsumer<>).MakeGenericType(contract);

    private static void Retry(IReceiveEndpointConfigurator e, MessagingOptions options) => e.UseMessageRetry(r =>
    {
        r.Exponential(Math.Max(0, options.RetryLimit), TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(200));
        // A rejected message will not become acceptable by trying again.
        r.Ignore<MessageRejectedException>();
    });
}

using MassTransit;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;
using Portal.Contracts.Platform;
using Portal.Host.Shell;

namespace Portal.Host.Messaging;

/// <summary>
/// On this node's own fan-out endpoint: every node gets every tenant change, reloads that tenant's settings from
/// the platform store and releases its shell, so the next request builds it from the new settings.
/// </summary>
public sealed class TenantLifecycleConsumer<TEvent>(IShellSettingsManager tenants, ShellHost shells, MessagingNode node,
    ILogger<TenantLifecycleConsumer<TEvent>> logger) : IConsumer<TEvent>
    where TEvent : class, ITenantLifecycleEvent
{
    public async Task Consume(ConsumeContext<TEvent> context)
    {
        var message = context.Message;
        if (message.TenantId != ShellSettings.DefaultName || context.Headers.Get<string>(PortalMessageHeaders.Tenant) != ShellSettings.DefaultName)
        {
            logger.LogWarning("Rejected {MessageType} {MessageId}: tenant changes come only from the platform", typeof(TEvent).Name, context.MessageId);
            throw new MessageRejectedException("Tenant lifecycle events come only from the platform (Default).");
        }

        if (context.Headers.Get<string>(PortalMessageHeaders.Node) == node.Id)
        {
            return; // This node made the change and reloaded already.
        }

        var settings = await tenants.FindAsync(message.Tenant, context.CancellationToken);
        if (settings is null)
        {
            shells.Table.Remove(message.Tenant);
            await shells.ReleaseAsync(message.Tenant, context.CancellationToken);
        }
        else if (shells.Table.Find(message.Tenant)?.VersionId != settings.VersionId)
        {
            await shells.ReloadAsync(settings);
        }

        logger.LogInformation("Tenant {Tenant} changed on another node ({Event}); reloaded its settings", message.Tenant, typeof(TEvent).Name);
    }
}

using Portal.Abstractions.Messaging;
using Portal.Abstractions.Shell;
using Portal.Contracts.Routing;

namespace Portal.CallRouting.Agreements.Services;

/// <summary>Publishes <see cref="CallOverflowedToPartner"/> through this force's outbox under a usable agreement.</summary>
public sealed class PartnerOverflowNotifier(IOverflowAgreements agreements, IEventOutbox outbox, ShellSettings tenant) : IPartnerOverflowNotifier
{
    public async Task<bool> NotifyAsync(string agreementId, string callId, DateTimeOffset overflowedAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(callId);
        var terms = (await agreements.UsableAsync(cancellationToken)).FirstOrDefault(a => a.Id == agreementId);
        if (terms is null)
        {
            return false;
        }

        await outbox.PublishAsync([new CallOverflowedToPartner(tenant.Name, tenant.Name, terms.PartnerTenant, terms.Id, callId, terms.QueueCode, overflowedAt)],
            cancellationToken);
        return true;
    }
}

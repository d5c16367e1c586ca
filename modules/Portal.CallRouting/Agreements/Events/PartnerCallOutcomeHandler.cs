using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Messaging;
using Portal.Abstractions.Shell;
using Portal.CallRouting.Agreements.Data;
using Portal.CallRouting.Agreements.Models;
using Portal.Contracts;
using Portal.Contracts.Routing;

namespace Portal.CallRouting.Agreements.Events;

/// <summary>
/// The partner's side of an overflowed call's end. The call keeps its telephony call id when it is passed to the
/// partner (the NENA i3 call identifier travels with the call), so when this force's own telephony reports a call
/// answered or abandoned under an id a partner overflowed to it, the call stops counting as in progress here, and
/// <see cref="OverflowedCallSettled"/> tells the overflowing force, in the same transaction, through the outbox.
/// Every other call costs one indexed lookup.
/// </summary>
public sealed class PartnerCallOutcomeHandler(OverflowAgreementsDbContext db, IEventOutbox outbox, ShellSettings tenant) :
    IIntegrationEventHandler<CallAnswered>,
    IIntegrationEventHandler<CallAbandoned>
{
    public Task HandleAsync(CallAnswered message, IntegrationEventContext context, CancellationToken cancellationToken) =>
        SettleAsync(message.CallId, OverflowCallOutcome.Answered, message.AnsweredAt, context, cancellationToken);

    public Task HandleAsync(CallAbandoned message, IntegrationEventContext context, CancellationToken cancellationToken) =>
        SettleAsync(message.CallId, OverflowCallOutcome.Abandoned, message.AbandonedAt, context, cancellationToken);

    private async Task SettleAsync(string callId, string outcome, DateTimeOffset at, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        await context.EnlistAsync(db, cancellationToken);
        var calls = await db.PartnerOverflowCalls.Where(c => c.CallId == callId && c.SettledUnixMs == null).ToListAsync(cancellationToken);
        if (calls.Count == 0)
        {
            return;
        }

        foreach (var call in calls)
        {
            call.SettledUnixMs = at.ToUnixTimeMilliseconds();
            call.Outcome = outcome;
        }

        await outbox.SaveChangesAsync(db, calls
            .Select(c => (IIntegrationEvent)new OverflowedCallSettled(tenant.Name, tenant.Name, c.PartnerTenant, c.AgreementId, c.CallId, outcome, at))
            .ToList(), cancellationToken);
    }
}

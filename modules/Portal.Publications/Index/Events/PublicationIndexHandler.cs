using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Messaging;
using Portal.Contracts.Publications;
using Portal.Publications.Index.Data;
using Portal.Publications.Index.Services;

namespace Portal.Publications.Index.Events;

/// <summary>
/// Keeps the index in step with the forces' publications (the host ran the admission first; each change commits with
/// the inbox row, so a redelivery changes nothing). Events may arrive out of order: an older version never replaces
/// a newer one, and a withdrawal stands whatever arrives after it (withdrawal is the end of a report's life).
/// </summary>
public sealed class PublicationIndexHandler(PublicationIndexDbContext db) :
    IIntegrationEventHandler<PublicationPublished>,
    IIntegrationEventHandler<PublicationWithdrawn>
{
    public async Task HandleAsync(PublicationPublished message, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        await context.EnlistAsync(db, cancellationToken);
        var entry = await FindOrAddAsync(message.SourceTenant, message.Reference, cancellationToken);
        if (entry.Version >= message.Version)
        {
            return;
        }

        entry.Title = message.Title;
        entry.Summary = message.Summary;
        entry.DecisionMaker = message.DecisionMaker;
        entry.DecisionDate = message.DecisionDate;
        entry.DecisionYear = message.DecisionDate.Year;
        entry.Tags = message.Tags.ToList();
        entry.Version = message.Version;
        entry.ChangeNote = message.ChangeNote;
        entry.PublishedAt = message.PublishedAt;
        if (!entry.IsWithdrawn)
        {
            entry.UpdatedUnixMs = message.PublishedAt.ToUnixTimeMilliseconds();
            entry.SearchText = IndexSearchText.Of(entry);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task HandleAsync(PublicationWithdrawn message, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        await context.EnlistAsync(db, cancellationToken);
        var entry = await FindOrAddAsync(message.SourceTenant, message.Reference, cancellationToken);
        if (entry.IsWithdrawn)
        {
            return;
        }

        // The notice stays listed (with the reason) but is no longer found by words, as on the force's own site.
        entry.Title = message.Title;
        entry.IsWithdrawn = true;
        entry.WithdrawalReason = message.Reason;
        entry.WithdrawnAt = message.WithdrawnAt;
        entry.UpdatedUnixMs = message.WithdrawnAt.ToUnixTimeMilliseconds();
        entry.SearchText = "";
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<IndexedPublication> FindOrAddAsync(string tenant, string reference, CancellationToken cancellationToken)
    {
        var entry = await db.Publications.FirstOrDefaultAsync(p => p.Tenant == tenant && p.Reference == reference, cancellationToken);
        if (entry is null)
        {
            entry = new IndexedPublication { Tenant = tenant, Reference = reference };
            db.Publications.Add(entry);
        }

        return entry;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Abstractions.Messaging;
using Portal.Host.Messaging.Data;

namespace Portal.Host.Messaging;

/// <summary>The handler's view of the message; enlisting puts the module's context on the inbox transaction.</summary>
internal sealed class InboxEventContext(Guid messageId, string tenant, TenantMessagingDbContext inbox) : IntegrationEventContext
{
    public override Guid MessageId => messageId;

    public override string Tenant => tenant;

    /// <summary>What the handler asked to run after the commit, in order.</summary>
    public List<Func<CancellationToken, Task>> Committed { get; } = [];

    public override void AfterCommit(Func<CancellationToken, Task> action) => Committed.Add(action);

    public override async Task EnlistAsync(DbContext moduleContext, CancellationToken cancellationToken = default)
    {
        moduleContext.Database.SetDbConnection(inbox.Database.GetDbConnection(), contextOwnsConnection: false);
        await moduleContext.Database.UseTransactionAsync(inbox.Database.CurrentTransaction!.GetDbTransaction(), cancellationToken);
    }
}

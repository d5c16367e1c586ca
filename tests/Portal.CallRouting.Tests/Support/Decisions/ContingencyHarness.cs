using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Messaging;
using Portal.Abstractions.Shell;
using Portal.CallRouting.Agreements;
using Portal.CallRouting.Contingency.Data;
using Portal.CallRouting.Contingency.Services;
using Portal.CallRouting.Plans;
using Portal.Contracts;

namespace Portal.CallRouting.Tests.Support.Decisions;

/// <summary>
/// <see cref="ContingencyActivations"/> on a real SQLite store (in memory, migrated) with a settable clock, recording
/// the events it stores and the audit entries it writes.
/// </summary>
public sealed class ContingencyHarness : IAsyncDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly ServiceProvider _services;

    public ContingencyHarness(PublishedRoutingPlan plan)
    {
        _connection.Open();
        Inputs.Plan = plan;
        var services = new ServiceCollection();
        services.AddDbContext<ContingencyDbContext, ContingencySqliteDbContext>(o => o.UseSqlite(_connection));
        services.AddSingleton<IPublishedPlanSource>(Inputs);
        services.AddSingleton<IOverflowAgreements>(Inputs);
        services.AddSingleton<IEventOutbox>(Outbox);
        services.AddSingleton<IAuditLog>(Audit);
        services.AddSingleton(new ShellSettings { Name = "met" });
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<ActiveContingencyCache>();
        services.AddScoped<ContingencyActivations>();
        _services = services.BuildServiceProvider();
        using var scope = _services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ContingencyDbContext>().Database.Migrate();
    }

    public TestRoutingInputs Inputs { get; } = new();

    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    public RecordingOutbox Outbox { get; } = new();

    public RecordingAuditLog Audit { get; } = new();

    public ActiveContingencyCache Cache => _services.GetRequiredService<ActiveContingencyCache>();

    /// <summary>Runs <paramref name="work"/> with a fresh scope's service, as one request would.</summary>
    public async Task<T> RunAsync<T>(Func<ContingencyActivations, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ContingencyActivations>());
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connection.DisposeAsync();
    }

    public sealed class TestClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    /// <summary>Saves the module's changes and keeps the events, as the real outbox does in one transaction.</summary>
    public sealed class RecordingOutbox : IEventOutbox
    {
        public List<IIntegrationEvent> Events { get; } = [];

        public async Task SaveChangesAsync(DbContext moduleContext, IReadOnlyCollection<IIntegrationEvent> events, CancellationToken cancellationToken = default)
        {
            await moduleContext.SaveChangesAsync(cancellationToken);
            Events.AddRange(events);
        }

        public Task PublishAsync(IReadOnlyCollection<IIntegrationEvent> events, CancellationToken cancellationToken = default)
        {
            Events.AddRange(events);
            return Task.CompletedTask;
        }
    }

    public sealed class RecordingAuditLog : IAuditLog
    {
        public List<AuditEntry> Entries { get; } = [];

        public Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default)
        {
            Entries.Add(entry);
            return Task.CompletedTask;
        }
    }
}

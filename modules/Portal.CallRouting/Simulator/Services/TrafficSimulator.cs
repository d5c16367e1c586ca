using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Messaging;
using Portal.Abstractions.Shell;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Simulator.Models;
using Portal.Contracts;

namespace Portal.CallRouting.Simulator.Services;

/// <summary>
/// Plays a <see cref="CallCentreSimulation"/> in real time for the tenant: every <see cref="Tick"/> it advances the model
/// to now and puts the events it produced in the tenant's outbox, so they reach the live state over the bus by the
/// same path as the telephony platform's (the dashboard moves exactly as with real events). One run at a time per
/// tenant, on the node that started it. A singleton of the tenant's container: releasing the tenant (a feature or
/// setting change, removal, shutdown) disposes it, which ends the run and hangs up its waiting calls.
/// </summary>
public sealed class TrafficSimulator(ShellSettings tenant, IServiceScopeFactory scopes, TimeProvider clock, ILogger<TrafficSimulator> logger)
    : IAsyncDisposable
{
    public static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    private const string AuditCategory = "routing";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private Run? _run;
    private bool _disposed;

    public SimulatorStatus Status => _run is { } run
        ? new SimulatorStatus(true, run.StartedAt, run.StartedBy, run.Parameters, run.Simulation.Counts)
        : SimulatorStatus.Stopped;

    /// <returns>The new status; null when a run is already playing (stop it first).</returns>
    public async Task<SimulatorStatus?> StartAsync(SimulationParameters parameters, RoutingConfiguration configuration, string startedBy, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_run is not null)
            {
                return null;
            }

            var now = clock.GetUtcNow();
            var runId = Guid.NewGuid().ToString("N")[..8];
            var simulation = new CallCentreSimulation(tenant.Name, runId, parameters, configuration,
                parameters.Seed is { } seed ? new Random(seed) : new Random(), now);
            var stopping = new CancellationTokenSource();
            var run = new Run(simulation, parameters, now, startedBy, stopping);
            await PublishAsync(run, simulation.Begin(), cancellationToken);
            run.Loop = Task.Run(() => PlayAsync(run, stopping.Token), CancellationToken.None);
            _run = run;
            await AuditAsync("simulator-started", startedBy, Describe(parameters), cancellationToken);
            logger.LogInformation("Traffic simulator started in tenant {Tenant} by {StartedBy}", tenant.Name, startedBy);
            return Status;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <returns>False when nothing was playing.</returns>
    public async Task<bool> StopAsync(string stoppedBy, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_run is null)
            {
                return false;
            }

            await EndAsync(_run, cancellationToken);
            _run = null;
            await AuditAsync("simulator-stopped", stoppedBy, null, cancellationToken);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            _disposed = true;
            if (_run is { } run)
            {
                _run = null;
                // The container is going: a short, best-effort goodbye so that no simulated call stays "waiting".
                using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                try
                {
                    await EndAsync(run, deadline.Token);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    logger.LogWarning(ex, "The traffic simulator of tenant {Tenant} could not hang up its waiting calls while stopping", tenant.Name);
                }
            }
        }
        finally
        {
            _gate.Release();
            _gate.Dispose();
        }
    }

    private async Task EndAsync(Run run, CancellationToken cancellationToken)
    {
        await run.Stopping.CancelAsync();
        if (run.Loop is { } loop)
        {
            await loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        run.Stopping.Dispose();
        var events = run.Simulation.AdvanceTo(clock.GetUtcNow()).Concat(run.Simulation.End()).ToList();
        await PublishAsync(run, events, cancellationToken);
        logger.LogInformation("Traffic simulator stopped in tenant {Tenant}: {Offered} calls offered, {Answered} answered, {Abandoned} abandoned",
            tenant.Name, run.Simulation.Counts.Offered, run.Simulation.Counts.Answered, run.Simulation.Counts.Abandoned);
    }

    private async Task PlayAsync(Run run, CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(Tick, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                try
                {
                    await PublishAsync(run, run.Simulation.AdvanceTo(clock.GetUtcNow()), stopping);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The outbox is away (database restarting): the events wait in the run and go with the next tick.
                    logger.LogWarning(ex, "The traffic simulator of tenant {Tenant} could not store its events; trying again", tenant.Name);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopped.
        }
    }

    private async Task PublishAsync(Run run, IReadOnlyList<IIntegrationEvent> events, CancellationToken cancellationToken)
    {
        run.Pending.AddRange(events);
        if (run.Pending.Count == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IEventOutbox>().PublishAsync(run.Pending.ToList(), cancellationToken);
        run.Pending.Clear();
    }

    private async Task AuditAsync(string action, string actor, string? detail, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetService<IAuditLog>() is { } audit)
        {
            await audit.WriteAsync(new AuditEntry(AuditCategory, action, AuditOutcome.Success, "traffic-simulator", detail) { Actor = actor }, cancellationToken);
        }
    }

    private static string Describe(SimulationParameters p) =>
        $"arrivals/s {string.Join(", ", p.ArrivalsPerSecond.Select(a => $"{a.Key}={a.Value:0.###}"))}; agents {string.Join(", ", p.AgentsPerCentre.Select(a => $"{a.Key}={a.Value}"))}; "
        + $"handling {p.Distribution} mean {p.MeanHandlingSeconds:0.#} s; patience {p.MeanPatienceSeconds:0.#} s";

    private sealed class Run(CallCentreSimulation simulation, SimulationParameters parameters, DateTimeOffset startedAt, string startedBy, CancellationTokenSource stopping)
    {
        public CallCentreSimulation Simulation { get; } = simulation;
        public SimulationParameters Parameters { get; } = parameters;
        public DateTimeOffset StartedAt { get; } = startedAt;
        public string StartedBy { get; } = startedBy;
        public CancellationTokenSource Stopping { get; } = stopping;
        public List<IIntegrationEvent> Pending { get; } = [];
        public Task? Loop { get; set; }
    }
}

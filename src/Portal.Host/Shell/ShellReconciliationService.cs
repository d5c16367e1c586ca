using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Host.Redis;

namespace Portal.Host.Shell;

/// <summary>
/// Runs <see cref="ShellSettingsReconciler.ReconcileAllAsync"/> every <c>Portal:Shells:ReconcileSeconds</c>
/// (15 by default) and at once when Redis comes back after an outage, during which signals were lost. With
/// several nodes and no Redis at all, this is how they converge.
/// </summary>
internal sealed class ShellReconciliationService(
    ShellSettingsReconciler reconciler,
    RedisConnection redis,
    IConfiguration configuration,
    ILogger<ShellReconciliationService> logger) : BackgroundService
{
    public const string IntervalSetting = "Portal:Shells:ReconcileSeconds";
    private readonly SemaphoreSlim _wake = new(0, 1);
    private bool _failing;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue(IntervalSetting, 15), 1, 3600));
        redis.Restored += Wake;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                // Woken early by a reconnect; otherwise once per interval.
                await _wake.WaitAsync(interval, stoppingToken);
                await RunOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            redis.Restored -= Wake;
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            var changed = await reconciler.ReconcileAllAsync(stoppingToken);
            if (changed > 0)
            {
                logger.LogInformation("Reconciliation applied {Count} tenant changes made on other nodes", changed);
            }

            if (_failing)
            {
                _failing = false;
                logger.LogInformation("Tenant reconciliation works again");
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // Logged once per failure streak (the platform store may be down for a while); retried next interval.
            if (!_failing)
            {
                _failing = true;
                logger.LogWarning(ex, "Tenant reconciliation failed; retrying every interval");
            }
        }
    }

    private void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already woken.
            }
        }
    }

    public override void Dispose()
    {
        base.Dispose();
        _wake.Dispose();
    }
}

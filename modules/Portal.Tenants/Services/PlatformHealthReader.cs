using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Messaging;
using Portal.Tenants.Models;

namespace Portal.Tenants.Services;

/// <summary>
/// What the health page and its API show: the readiness checks (the same as <c>/health/ready</c>) and the messages
/// waiting in the error queues. A broker that does not answer is reported, not thrown.
/// </summary>
public sealed class PlatformHealthReader(HealthCheckService health, IDeadLetterQueue deadLetters, ILogger<PlatformHealthReader> logger)
{
    public const int MessageLimit = 200;

    public string ErrorSource => deadLetters.Source;

    public async Task<IReadOnlyList<ReadinessCheck>> ReadinessAsync(CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(r => r.Tags.Contains("ready"), cancellationToken);
        return report.Entries.Select(e => new ReadinessCheck(e.Key, e.Value.Status.ToString(), e.Value.Description)).ToList();
    }

    /// <returns>The messages, or null when the error queues could not be read (the reason is logged).</returns>
    public async Task<IReadOnlyList<DeadLetter>?> ErrorsAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await deadLetters.ListAsync(MessageLimit, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("The error queues could not be read: {Error}", ex.GetType().Name + ": " + ex.Message);
            return null;
        }
    }

    public Task<bool> RedriveAsync(Guid messageId, CancellationToken cancellationToken) => deadLetters.RedriveAsync(messageId, cancellationToken);
}

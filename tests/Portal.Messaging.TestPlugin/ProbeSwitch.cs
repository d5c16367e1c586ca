using System.Collections.Concurrent;

namespace Portal.Messaging.TestPlugin;

/// <summary>
/// How the failing handler behaves, per tenant: throw every time, or throw on the first n attempts of each message.
/// Static: it outlives the tenant's container, as a broken dependency would. While either is set, every attempt is
/// counted per message, so a test can tell how often a message was tried (immediate retries and redeliveries).
/// </summary>
public static class ProbeSwitch
{
    private static readonly ConcurrentDictionary<string, bool> Failing = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, int> FailFirst = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<(string Tenant, Guid MessageId), int> Attempts = new();

    public static bool IsFailing(string tenant) => Failing.GetValueOrDefault(tenant);

    public static void Set(string tenant, bool failing) => Failing[tenant] = failing;

    /// <summary>From now on each message of <paramref name="tenant"/> fails its first <paramref name="attempts"/> attempts (0: off).</summary>
    public static void SetFailFirst(string tenant, int attempts) => FailFirst[tenant] = attempts;

    /// <summary>Counts an attempt at handling <paramref name="messageId"/>; true when this attempt has to fail.</summary>
    public static bool CountAttemptAndFail(string tenant, Guid messageId)
    {
        var failing = IsFailing(tenant);
        var failFirst = FailFirst.GetValueOrDefault(tenant);
        if (!failing && failFirst == 0)
        {
            // Not counted: the benchmarks send this handler hundreds of thousands of messages.
            return false;
        }

        var attempt = Attempts.AddOrUpdate((tenant, messageId), 1, (_, n) => n + 1);
        return failing || attempt <= failFirst;
    }

    public static int AttemptsOf(string tenant, Guid messageId) => Attempts.GetValueOrDefault((tenant, messageId));
}

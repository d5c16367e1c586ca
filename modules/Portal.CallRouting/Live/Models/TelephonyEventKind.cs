namespace Portal.CallRouting.Live.Models;

/// <summary>The <c>type</c> values of <see cref="TelephonyEventInput"/>, and the fields each one carries.</summary>
internal static class TelephonyEventKind
{
    public const string CallOffered = "callOffered";
    public const string CallAnswered = "callAnswered";
    public const string CallAbandoned = "callAbandoned";
    public const string CentreStateChanged = "centreStateChanged";
    public const string AgentsAvailableChanged = "agentsAvailableChanged";

    public static IReadOnlyDictionary<string, string[]> Fields { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [CallOffered] = ["callId", "queue", "at"],
        [CallAnswered] = ["callId", "queue", "centre", "offeredAt", "at"],
        [CallAbandoned] = ["callId", "queue", "at"],
        [CentreStateChanged] = ["centre", "state", "reason", "at"],
        [AgentsAvailableChanged] = ["centre", "availableAgents", "at"],
    };
}

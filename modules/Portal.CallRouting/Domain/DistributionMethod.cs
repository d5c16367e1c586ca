namespace Portal.CallRouting.Domain;

/// <summary>How a queue offers a call to the agents of the centre it was routed to.</summary>
public enum DistributionMethod
{
    LongestIdle,
    RoundRobin,
    RingAll,
}

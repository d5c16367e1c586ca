namespace Portal.CallRouting.Plans;

/// <summary>The plan version in force now (the latest whose publication time has come), or null before any is published.</summary>
public interface IPublishedPlanSource
{
    Task<PublishedRoutingPlan?> CurrentAsync(CancellationToken cancellationToken);
}

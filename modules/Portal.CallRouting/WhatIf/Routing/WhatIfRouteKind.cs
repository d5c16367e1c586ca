namespace Portal.CallRouting.WhatIf.Routing;

/// <summary>Where a routing decision sends a simulated call.</summary>
public enum WhatIfRouteKind
{
    /// <summary>Waits in a queue, answered by that queue's serving centres (preference 1 first) as agents come free.</summary>
    Queue,
    /// <summary>Waits for an agent of one named centre.</summary>
    Centre,
    /// <summary>Leaves the force for a partner force under an overflow agreement (not simulated further).</summary>
    Partner,
    /// <summary>Hears an announcement and ends (a closed 101).</summary>
    Announcement,
}

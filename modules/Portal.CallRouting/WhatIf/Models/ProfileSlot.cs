namespace Portal.CallRouting.WhatIf.Models;

/// <summary>One half hour of a profile: the calls offered to each queue and the agents on duty in each centre.</summary>
/// <remarks>A queue or centre the slot does not name has no calls, or no agents, in that half hour.</remarks>
public sealed record ProfileSlot(IReadOnlyList<QueueArrivals>? Queues, IReadOnlyList<CentreStaffing>? Centres);

namespace Portal.CallRouting.WhatIf.Models;

/// <summary>
/// <c>POST /api/routing/what-if</c>: the plan versions to compare (one or two) and the day to put through them.
/// <see cref="Date"/> is the local day the profile describes (weekday and bank holidays matter to schedules);
/// without it the next working day. The simulation repeats the day <see cref="Replications"/> times from
/// <see cref="Seed"/>: the same request gives the same answer, and both versions see the very same calls.
/// </summary>
public sealed record WhatIfRequest(
    IReadOnlyList<int>? Versions,
    ArrivalProfile? Profile,
    DateOnly? Date = null,
    int? Replications = null,
    int? Seed = null);

using Portal.CallRouting.Domain;
using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.WhatIf.Models;
using Portal.CallRouting.WhatIf.Services;

namespace Portal.CallRouting.Tests.Support;

/// <summary>
/// Two plan versions of a force with centres NORTH and SOUTH. In version 1 each queue has its own centre (999: NORTH,
/// 101: SOUTH); in version 2 SOUTH also backs up 999, so Erlang C no longer applies to either queue.
/// </summary>
internal sealed class WhatIfPlans : IWhatIfPlanVersions
{
    public static readonly RoutingConfiguration Version1Configuration = new(
        [new ContactCentre("NORTH", "North centre", 12, null), new ContactCentre("SOUTH", "South centre", 10, null)],
        [Queue("999", "999", 1, ("NORTH", 1)), Queue("101", "101", 2, ("SOUTH", 1))],
        []);

    public static readonly RoutingConfiguration Version2Configuration = Version1Configuration with
    {
        Queues = [Queue("999", "999", 1, ("NORTH", 1), ("SOUTH", 2)), Queue("101", "101", 2, ("SOUTH", 1))],
    };

    private readonly Dictionary<int, WhatIfPlanVersion> _versions = new()
    {
        [1] = new WhatIfPlanVersion(1, "Version 1 (published 1 Dec 2026)", RoutingPlanDocument.Empty, Version1Configuration),
        [2] = new WhatIfPlanVersion(2, "Version 2 (draft)", RoutingPlanDocument.Empty, Version2Configuration),
    };

    public Task<IReadOnlyList<WhatIfPlanVersionSummary>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<WhatIfPlanVersionSummary>>(
            _versions.Values.OrderByDescending(v => v.Version).Select(v => new WhatIfPlanVersionSummary(v.Version, v.Label)).ToList());

    public Task<WhatIfPlanVersion?> FindAsync(int version, CancellationToken cancellationToken) =>
        Task.FromResult(_versions.GetValueOrDefault(version));

    private static CallQueue Queue(string code, string service, int priority, params (string Centre, int Preference)[] serving) =>
        new(code, service == "999" ? "Emergency" : "Non-emergency", service, priority, 100, 600, null, DistributionMethod.LongestIdle, null,
            serving.Select(s => new QueueServingCentre(s.Centre, s.Preference)).ToList());
}

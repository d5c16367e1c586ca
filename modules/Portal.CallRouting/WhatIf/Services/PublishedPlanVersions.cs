using Microsoft.Extensions.DependencyInjection;
using Portal.CallRouting.Plans;
using Portal.CallRouting.WhatIf.Models;

namespace Portal.CallRouting.WhatIf.Services;

/// <summary>
/// The fallback source of plan versions: the published plan in force, when an <see cref="IPublishedPlanSource"/> is
/// registered (none otherwise). Resolved lazily so that what-if runs, offering nothing, in a tenant without plans.
/// </summary>
public sealed class PublishedPlanVersions(IServiceProvider services) : IWhatIfPlanVersions
{
    public async Task<IReadOnlyList<WhatIfPlanVersionSummary>> ListAsync(CancellationToken cancellationToken) =>
        await CurrentAsync(cancellationToken) is { } plan ? [new WhatIfPlanVersionSummary(plan.Version, plan.Label)] : [];

    public async Task<WhatIfPlanVersion?> FindAsync(int version, CancellationToken cancellationToken) =>
        await CurrentAsync(cancellationToken) is { } plan && plan.Version == version ? plan : null;

    private async Task<WhatIfPlanVersion?> CurrentAsync(CancellationToken cancellationToken)
    {
        var source = services.GetService<IPublishedPlanSource>();
        var published = source is null ? null : await source.CurrentAsync(cancellationToken);
        return published is null
            ? null
            : new WhatIfPlanVersion(published.Version, $"Version {published.Version} (published {published.PublishedAt:d MMM yyyy})",
                published.Document, published.Configuration);
    }
}

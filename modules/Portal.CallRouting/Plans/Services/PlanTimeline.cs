using Portal.CallRouting.Plans.Models;

namespace Portal.CallRouting.Plans.Services;

/// <summary>
/// Works out, from the publication times alone, which published version is in force at an instant: the highest
/// version number whose time has come. Every earlier published version is then Superseded (from when a later one took
/// effect); a published version whose time has not come is Scheduled, and one overtaken by a later version that took
/// effect first never takes effect at all (it is Superseded as soon as its successor is in force). Nothing has to run
/// at the scheduled time: the next question asked after it gets the new answer.
/// </summary>
public static class PlanTimeline
{
    public static IReadOnlyDictionary<int, PlanVersionStatus> StatusOf(IEnumerable<RoutingPlanVersion> versions, DateTimeOffset now)
    {
        var all = versions.ToList();
        var effective = all.Where(v => v.State == PlanState.Published && v.EffectiveAt <= now).ToList();
        var inForce = effective.Count == 0 ? (int?)null : effective.Max(v => v.Number);

        var result = new Dictionary<int, PlanVersionStatus>();
        foreach (var version in all)
        {
            if (version.State != PlanState.Published)
            {
                result[version.Number] = new PlanVersionStatus(version.State, false, false, null, null);
                continue;
            }

            var successor = effective.Where(w => w.Number > version.Number).OrderBy(w => w.EffectiveAt).ThenBy(w => w.Number).FirstOrDefault();
            if (successor is not null)
            {
                var at = successor.EffectiveAt > version.EffectiveAt ? successor.EffectiveAt : version.EffectiveAt;
                result[version.Number] = new PlanVersionStatus(PlanState.Superseded, false, false, successor.Number, at);
            }
            else
            {
                result[version.Number] = new PlanVersionStatus(PlanState.Published, version.Number == inForce, version.EffectiveAt > now, null, null);
            }
        }

        return result;
    }

    /// <summary>The number of the version in force at <paramref name="now"/>, or null before any has taken effect.</summary>
    public static int? InForce(IEnumerable<(int Number, DateTimeOffset EffectiveAt)> published, DateTimeOffset now)
    {
        int? best = null;
        foreach (var (number, effectiveAt) in published)
        {
            if (effectiveAt <= now && (best is null || number > best))
            {
                best = number;
            }
        }

        return best;
    }
}

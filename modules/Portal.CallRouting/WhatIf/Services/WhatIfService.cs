using Portal.CallRouting.WhatIf.Models;
using Portal.CallRouting.WhatIf.Routing;

namespace Portal.CallRouting.WhatIf.Services;

/// <summary>
/// Answers a what-if request for the API and the page alike: checks it, loads the versions, checks the profile
/// against each, then predicts each version's day with the same seed (so both meet the very same calls and the
/// difference between them is the plans', not chance's). Reads only: nothing is stored.
/// </summary>
public sealed class WhatIfService(IWhatIfPlanVersions versions, IWhatIfRouterFactory routers, TimeProvider clock)
{
    /// <summary>The seed used when the request names none: the same request always gives the same answer.</summary>
    public const int DefaultSeed = 20_261_127;

    /// <param name="profilePrefix">Where the profile sits in what the user sent, for error paths ("profile" in the API).</param>
    public async Task<WhatIfOutcome> CompareAsync(WhatIfRequest request, CancellationToken cancellationToken, string profilePrefix = "profile")
    {
        var errors = ArrivalProfileValidator.Validate(request, profilePrefix);
        if (errors.Count > 0)
        {
            return WhatIfOutcome.Invalid(errors);
        }

        var plans = new List<WhatIfPlanVersion>();
        foreach (var number in request.Versions!)
        {
            var plan = await versions.FindAsync(number, cancellationToken);
            if (plan is null)
            {
                return WhatIfOutcome.NotFound(number);
            }

            plans.Add(plan);
        }

        var profile = request.Profile!;
        foreach (var plan in plans)
        {
            foreach (var (field, messages) in ArrivalProfileValidator.ValidateAgainst(profile, plan, profilePrefix))
            {
                errors[field] = errors.TryGetValue(field, out var earlier) ? [.. earlier, .. messages] : messages;
            }
        }

        if (errors.Count > 0)
        {
            return WhatIfOutcome.Invalid(errors);
        }

        var date = request.Date ?? WhatIfDay.NextWorkingDay(clock.GetUtcNow());
        var replications = request.Replications ?? ArrivalProfileValidator.DefaultReplications;
        var seed = request.Seed ?? DefaultSeed;
        var predictor = new WhatIfPredictor(routers);
        var dayStart = WhatIfDay.Start(date);

        // CPU-bound work of up to a few seconds: off the request thread, and stopped between versions if the caller left.
        var predictions = new List<PlanPrediction>();
        foreach (var plan in plans)
        {
            cancellationToken.ThrowIfCancellationRequested();
            predictions.Add(await Task.Run(() => predictor.Predict(plan, profile, dayStart, replications, seed), cancellationToken));
        }

        return WhatIfOutcome.Done(new WhatIfComparison(date, profile.Name ?? "Unnamed profile", replications, seed,
            Simulation.DaySimulator.TargetSeconds, WhatIfPredictor.TargetShare, routers.Description, predictions));
    }
}

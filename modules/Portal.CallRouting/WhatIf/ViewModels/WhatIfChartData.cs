using Portal.CallRouting.WhatIf.Models;

namespace Portal.CallRouting.WhatIf.ViewModels;

/// <summary>
/// What the page's chart script draws, serialised into the page: per queue the simulated share answered within 10 s
/// of each version (one line each), Erlang C's where it applies (dashed), and the 999 target for 999 queues. The
/// table beside each chart holds the same figures.
/// </summary>
public sealed record WhatIfChartData(double TargetPercent, IReadOnlyList<WhatIfChartQueue> Queues)
{
    public static WhatIfChartData From(WhatIfComparison comparison)
    {
        var first = comparison.Plans[0];
        var queues = first.Queues.Select((queue, index) =>
        {
            var series = new List<WhatIfChartSeries>();
            foreach (var plan in comparison.Plans)
            {
                var match = plan.Queues.FirstOrDefault(q => q.Queue == queue.Queue);
                if (match is null)
                {
                    continue;
                }

                series.Add(new WhatIfChartSeries($"Version {plan.Version}: simulated", false,
                    match.Slots.Select(s => Percent(s.Simulated.AnsweredWithin10sShare?.Mean)).ToList()));
                if (match.ErlangCNotApplicable is null)
                {
                    series.Add(new WhatIfChartSeries($"Version {plan.Version}: Erlang C", true,
                        match.Slots.Select(s => Percent(s.ErlangC?.AnsweredWithinTargetShare)).ToList()));
                }
            }

            return new WhatIfChartQueue(index, queue.Queue, queue.Name, queue.Service == Domain.CallQueue.EmergencyService,
                queue.Slots.Select(s => s.Start).ToList(), series);
        }).ToList();
        return new WhatIfChartData(comparison.TargetShare * 100, queues);
    }

    private static double? Percent(double? share) => share is { } s ? Math.Round(s * 100, 1) : null;
}

namespace Portal.CallRouting.WhatIf.Simulation;

/// <summary>Orders of waiting calls: by queue priority then arrival (who an agent takes next), or by arrival alone.</summary>
internal sealed class WaitingOrder : IComparer<SimulatedCall>
{
    public static WaitingOrder ByPriority { get; } = new(usePriority: true);
    public static WaitingOrder ByArrival { get; } = new(usePriority: false);

    private readonly bool _usePriority;

    private WaitingOrder(bool usePriority) => _usePriority = usePriority;

    public int Compare(SimulatedCall? x, SimulatedCall? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        if (_usePriority && x.Priority != y.Priority)
        {
            return x.Priority.CompareTo(y.Priority);
        }

        var byArrival = x.Arrival.CompareTo(y.Arrival);
        return byArrival != 0 ? byArrival : x.Id.CompareTo(y.Id);
    }
}

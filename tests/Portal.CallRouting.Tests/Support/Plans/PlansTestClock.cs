namespace Portal.CallRouting.Tests.Support.Plans;

/// <summary>The portal's clock in the plan tests: real time until a test moves it forward.</summary>
public sealed class PlansTestClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}

namespace Portal.Benchmarks.Events;

/// <summary>
/// One run of either path. <see cref="WindowSeconds"/> is how long sending took; <see cref="HandledInWindow"/>
/// counts events handled before the window closed; <see cref="LastHandledSeconds"/> is when the last one was
/// handled (from the start of the window), so events/s sustained = <see cref="Handled"/> / that.
/// </summary>
public sealed record EventsRun(long Sent, long Handled, long HandledInWindow, double WindowSeconds, double LastHandledSeconds, long FailedSends)
{
    public double HandledPerSecond => LastHandledSeconds <= 0 ? 0 : Handled / Math.Max(LastHandledSeconds, WindowSeconds);

    public double HandledInWindowPerSecond => WindowSeconds <= 0 ? 0 : HandledInWindow / WindowSeconds;

    /// <summary>End-to-end lag: last handled minus last sent.</summary>
    public double LagSeconds => Math.Max(0, LastHandledSeconds - WindowSeconds);

    public bool NothingLost => Handled == Sent && FailedSends == 0;

    public override string ToString() =>
        $"{Sent} sent, {Handled} handled ({HandledPerSecond:F0}/s; {HandledInWindowPerSecond:F0}/s inside the {WindowSeconds:F1} s window), lag {LagSeconds:F2} s, {FailedSends} failed sends";
}

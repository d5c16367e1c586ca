namespace Portal.Benchmarks.Events;

/// <summary>
/// One run of either path. <see cref="WindowSeconds"/> is how long sending took; <see cref="HandledInWindow"/>
/// counts events handled before the window closed; <see cref="LastHandledSeconds"/> is when the last one was
/// handled (from the start of the window), so events/s sustained = <see cref="Handled"/> / that. <see cref="Repeated"/>
/// counts handlings beyond a message's first.
/// </summary>
public sealed record EventsRun(long Sent, long Handled, long HandledInWindow, double WindowSeconds, double LastHandledSeconds, long FailedSends, long Repeated)
{
    public double HandledPerSecond => LastHandledSeconds <= 0 ? 0 : Handled / Math.Max(LastHandledSeconds, WindowSeconds);

    /// <summary>What the sender managed to offer: events sent per second of the window.</summary>
    public double OfferedPerSecond => WindowSeconds <= 0 ? 0 : Sent / WindowSeconds;

    public double HandledInWindowPerSecond => WindowSeconds <= 0 ? 0 : HandledInWindow / WindowSeconds;

    /// <summary>End-to-end lag: last handled minus last sent.</summary>
    public double LagSeconds => Math.Max(0, LastHandledSeconds - WindowSeconds);

    /// <summary>
    /// Sent but not handled when the drain deadline passed: lost, or still waiting in the broker's queue when the
    /// path is that far behind (the outbox count after the run tells which side they are on).
    /// </summary>
    public long Lost => Math.Max(0, Sent - (Handled - Repeated));

    /// <summary>Handled more often than sent: handled twice, or events nobody sent.</summary>
    public long Duplicated => Math.Max(Repeated, Handled - Sent);

    public bool NothingLost => Lost == 0 && Duplicated == 0 && FailedSends == 0;

    public override string ToString() =>
        $"{Sent} sent ({OfferedPerSecond:F0}/s offered), {Handled} handled ({HandledPerSecond:F0}/s; {HandledInWindowPerSecond:F0}/s inside the {WindowSeconds:F1} s window), lag {LagSeconds:F2} s, " +
        $"{Lost} not handled by the drain deadline, {Duplicated} duplicated, {FailedSends} failed sends";
}

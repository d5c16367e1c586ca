namespace Portal.Benchmarks.Tokens;

/// <summary>
/// What one open-loop window produced. Latencies run from each request's scheduled time to its response, so
/// time a request spent waiting because the server (or this process) fell behind is counted, not hidden.
/// <see cref="AchievedPerSecond"/> is the successful responses to requests scheduled in the window, divided by the
/// time from the window's start to the last of those responses: it falls below the offered rate when the server
/// cannot keep up. <see cref="CpuMsPerRequest"/> is this process's CPU time (server and load generator together)
/// over the measured window divided by its requests: a cost that other load on the machine barely moves.
/// </summary>
public sealed record FixedRateRun(
    string Target,
    double OfferedPerSecond,
    double AchievedPerSecond,
    double P50Ms,
    double P99Ms,
    double MaxMs,
    long Scheduled,
    long Succeeded,
    long Failures,
    string FailureKinds,
    double WorstSchedulerLagMs,
    double CpuMsPerRequest);

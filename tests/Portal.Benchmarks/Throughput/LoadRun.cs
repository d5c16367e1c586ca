namespace Portal.Benchmarks.Throughput;

/// <summary>
/// What one measured window of load produced. <see cref="LockContentionsPerRequest"/> counts every contended
/// <c>lock</c> in this process (server and client alike) during the window, divided by the requests.
/// </summary>
public sealed record LoadRun(string Target, double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, long Failures,
    double LockContentionsPerRequest);

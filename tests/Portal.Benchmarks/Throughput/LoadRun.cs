namespace Portal.Benchmarks.Throughput;

/// <summary>
/// What one measured window of load produced. <see cref="LockContentionsPerRequest"/> counts every contended
/// <c>lock</c> in this process (server and client alike) during the window, divided by the requests;
/// <see cref="CpuMicrosecondsPerRequest"/> is this process's CPU time in the window (server and client alike) divided
/// by the requests: unlike requests per second, it hardly moves when other processes share the machine;
/// <see cref="AllocatedBytesPerRequest"/> likewise for the bytes this process allocated, and
/// <see cref="WorkItemsPerRequest"/> for the thread pool's work items (each time a request's work waited and went on
/// as another work item, on either side).
/// </summary>
public sealed record LoadRun(string Target, double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, long Failures,
    double LockContentionsPerRequest, double CpuMicrosecondsPerRequest, double AllocatedBytesPerRequest, double WorkItemsPerRequest);

using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Benchmarks.Infrastructure;
using Portal.Benchmarks.Reporting;
using Portal.Host.Shell;

namespace Portal.Benchmarks.Decisions;

/// <summary>
/// What a decision costs the portal's own code: the same request as the decision API's, sent straight into the tenant
/// middleware on one thread (no socket, no Kestrel, no client), timed as the thread's CPU per request. Over HTTP a
/// change of a microsecond or two is lost in the noise of two shared cores; here it shows. An information figure for
/// whoever works on the request path: the goal is the over-HTTP ratio of <see cref="DecisionsMode"/>.
/// </summary>
public static class DecisionPipelineMode
{
    public const string Name = "decisions-pipeline";

    public static async Task<IReadOnlyList<GoalResult>> RunAsync(bool quick)
    {
        await using var portal = await DecisionsMode.StartPortalAsync();
        var token = await DecisionsMode.TokenAsync(portal);
        var tenant = new TenantMiddleware(_ => throw new InvalidOperationException("met's path did not reach met."),
            portal.Services.GetRequiredService<ShellHost>(), portal.Services.GetRequiredService<ILogger<TenantMiddleware>>());
        var request = Encoding.UTF8.GetBytes(DecisionsMode.RequestJson);

        // One string for every request, as Kestrel keeps a header value that repeats on a connection.
        var authorization = "Bearer " + token;
        var answerLength = 0L;

        async Task OnceAsync()
        {
            var context = new DefaultHttpContext();
            context.Request.Method = HttpMethods.Post;
            context.Request.Scheme = "http";
            context.Request.Host = new HostString(portal.BaseAddress.Authority);
            context.Request.Path = "/met/api/routing/decisions";
            context.Request.Headers.Authorization = authorization;
            context.Request.ContentType = "application/json; charset=utf-8";
            context.Request.ContentLength = request.Length;
            context.Request.Body = new MemoryStream(request, writable: false);
            var answer = new CountingStream();
            context.Response.Body = answer;
            await tenant.InvokeAsync(context);
            if (context.Response.StatusCode != StatusCodes.Status200OK || answer.Length == 0)
            {
                throw new InvalidOperationException($"The decision answered {context.Response.StatusCode} with {answer.Length} bytes.");
            }

            answerLength = answer.Length;
        }

        // Long enough for tiered compilation to reach the optimised code of the whole path.
        var settle = Stopwatch.StartNew();
        while (settle.Elapsed < TimeSpan.FromSeconds(quick ? 2 : 20))
        {
            await OnceAsync();
        }

        var rounds = quick ? 1 : 5;
        var perRequest = new List<double>();
        var allocated = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            const int Requests = 200_000;
            var thread = Environment.CurrentManagedThreadId;
            var cpuBefore = ThreadCpuTime.Now();
            var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < Requests; i++)
            {
                await OnceAsync();
            }

            // The whole path completes without waiting, so it stays on this thread and the thread's CPU time is all of
            // it (including the collections of its garbage), and none of the portal's timers and background work.
            if (Environment.CurrentManagedThreadId != thread)
            {
                throw new InvalidOperationException("A decision waited and continued on another thread: the thread's CPU time would miss part of it.");
            }

            perRequest.Add((ThreadCpuTime.Now() - cpuBefore).TotalMicroseconds / Requests);
            allocated.Add((GC.GetAllocatedBytesForCurrentThread() - bytesBefore) / (double)Requests);
            Console.WriteLine($"[{Name}] round {round}: {perRequest[^1]:F1} µs CPU, {allocated[^1] / 1024:F1} KB allocated a request ({answerLength} B answer)");
        }

        return
        [
            GoalResult.Info(Name, $"CPU a decision in the tenant pipeline (one thread, no socket; median of {rounds} x 200,000)",
                $"{Statistics.Median(perRequest):F1} µs ({perRequest.Min():F1}-{perRequest.Max():F1})"),
            GoalResult.Info(Name, "bytes allocated a decision in the tenant pipeline (median)", $"{Statistics.Median(allocated) / 1024:F1} KB"),
        ];
    }

    /// <summary>The calling thread's CPU time (Linux and other POSIX systems).</summary>
    private static class ThreadCpuTime
    {
        private const int ClockThreadCpuTimeId = 3;

        public static TimeSpan Now() =>
            ClockGetTime(ClockThreadCpuTimeId, out var time) == 0
                ? TimeSpan.FromTicks(time.Seconds * TimeSpan.TicksPerSecond + time.Nanoseconds / 100)
                : throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed.");

        [DllImport("libc", EntryPoint = "clock_gettime")]
        private static extern int ClockGetTime(int clock, out TimeSpec time);

        [StructLayout(LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }
    }

    /// <summary>A response body that keeps only its length.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            _length += count;
            return Task.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}

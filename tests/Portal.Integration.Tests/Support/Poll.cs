using System.Diagnostics;

namespace Portal.Integration.Tests.Support;

/// <summary>
/// "Within N seconds" requirements: ask until the condition holds, and fail the test with the last answer when the
/// deadline passes. Nothing here asserts on how long it took when it succeeds.
/// </summary>
public static class Poll
{
    /// <summary>The same for a condition with no answer worth showing when it fails.</summary>
    public static Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan deadline) =>
        UntilAsync(what, deadline, async () => (await condition(), "false"));

    public static async Task UntilAsync(string what, TimeSpan deadline, Func<Task<(bool Done, string Last)>> check)
    {
        var clock = Stopwatch.StartNew();
        var last = "";
        while (true)
        {
            (var done, last) = await check();
            if (done)
            {
                return;
            }

            if (clock.Elapsed > deadline)
            {
                Assert.Fail($"{what}: not within {deadline.TotalSeconds:0.#} s. Last answer: {last}");
            }

            await Task.Delay(50);
        }
    }
}

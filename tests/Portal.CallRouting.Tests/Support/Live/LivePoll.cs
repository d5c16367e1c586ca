using System.Diagnostics;

namespace Portal.CallRouting.Tests.Support.Live;

/// <summary>
/// "Arrives over the bus" requirements: ask until the condition holds, fail with the last answer when the deadline
/// passes. Nothing asserts on how long it took.
/// </summary>
public static class LivePoll
{
    public static async Task UntilAsync(string what, TimeSpan deadline, Func<Task<(bool Done, string Last)>> check)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var (done, last) = await check();
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

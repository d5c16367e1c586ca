namespace Portal.Integration.Tests.Messaging;

/// <summary>Waits for a condition with a deadline that fails the test: no timed assertions.</summary>
public static class Polling
{
    public static async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {patience.TotalSeconds:0} s waiting for {what}.");
            }

            await Task.Delay(100);
        }
    }
}

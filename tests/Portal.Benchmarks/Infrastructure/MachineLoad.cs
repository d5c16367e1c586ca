namespace Portal.Benchmarks.Infrastructure;

/// <summary>
/// The 1-minute load average, printed with the results: on a 2-core machine a concurrent build distorts every
/// absolute figure (ratios less so), and the reader should see that it happened.
/// </summary>
public static class MachineLoad
{
    public static string OneMinuteAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }
}

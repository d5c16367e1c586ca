using System.Collections.Concurrent;
using System.Diagnostics;

namespace Portal.Benchmarks.Infrastructure;

/// <summary>
/// Starts the child processes of a run and makes sure none outlives it: each mode kills its own children in a
/// finally block, and whatever is left is killed when this process exits or is interrupted
/// (see <see cref="InterruptHandler"/>).
/// </summary>
public static class ChildProcesses
{
    private static readonly ConcurrentDictionary<int, Process> Running = new();

    static ChildProcesses()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
    }

    public static Process Start(ProcessStartInfo startInfo)
    {
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start '{startInfo.FileName}'.");
        Running[process.Id] = process;
        return process;
    }

    /// <summary>Kills the process and its descendants (if still running) and forgets it.</summary>
    public static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
        finally
        {
            Running.TryRemove(process.Id, out _);
            process.Dispose();
        }
    }

    public static void KillAll()
    {
        foreach (var process in Running.Values.ToList())
        {
            Kill(process);
        }
    }
}

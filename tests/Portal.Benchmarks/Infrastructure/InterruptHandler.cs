using System.Runtime.InteropServices;

namespace Portal.Benchmarks.Infrastructure;

/// <summary>
/// Ctrl+C or SIGTERM (a CI timeout) ends the whole run at once. Without this, the hosts' console lifetime takes
/// the signal, stops only its own host, and the run carries on against a stopped server.
/// </summary>
public sealed class InterruptHandler : IDisposable
{
    private readonly PosixSignalRegistration[] _registrations;

    public InterruptHandler()
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, c => Stop(c, exitCode: 130)),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => Stop(c, exitCode: 143)),
        ];
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }

    private static void Stop(PosixSignalContext context, int exitCode)
    {
        context.Cancel = true;
        Console.Error.WriteLine($"Interrupted ({context.Signal}): killing child processes and exiting.");
        ChildProcesses.KillAll();
        // Not on the signal thread: Environment.Exit runs the exit handlers, which must not wait on it.
        _ = Task.Run(() => Environment.Exit(exitCode));
    }
}

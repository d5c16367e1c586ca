using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Portal.Benchmarks.Infrastructure;

/// <summary>
/// A fresh folder under the system temp folder, removed on dispose (best effort; disposing twice is fine), or
/// when the process exits, for a run cut short by Ctrl+C or SIGTERM.
/// </summary>
public sealed class TempDirectory : IDisposable
{
    private static readonly ConcurrentDictionary<TempDirectory, byte> Live = new();
    private int _disposed;

    static TempDirectory()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var directory in Live.Keys.ToList())
            {
                directory.Dispose();
            }
        };
    }

    public TempDirectory(string purpose)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"portal-bench-{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
        Live[this] = 0;
    }

    public string Path { get; }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        Live.TryRemove(this, out _);
        // SQLite's pool keeps tenant files open after the host stops.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A child that was just killed may still hold a file for a moment; the OS temp cleaner takes the rest.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

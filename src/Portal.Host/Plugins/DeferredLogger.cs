using Microsoft.Extensions.Logging;

namespace Portal.Host.Plugins;

/// <summary>
/// Keeps log entries written before the app's logging exists (plug-ins are loaded while services are still
/// being registered) and writes them, unchanged and once, to a real logger later. Without it the plug-in lines
/// would bypass the configured providers, filters and structured sinks.
/// </summary>
internal sealed class DeferredLogger : ILogger
{
    private readonly List<Action<ILogger>> _entries = [];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_entries)
        {
            _entries.Add(logger => logger.Log(logLevel, eventId, state, exception, formatter));
        }
    }

    /// <summary>Writes the kept entries to <paramref name="logger"/> and forgets them.</summary>
    public void WriteTo(ILogger logger)
    {
        List<Action<ILogger>> entries;
        lock (_entries)
        {
            entries = [.. _entries];
            _entries.Clear();
        }

        foreach (var entry in entries)
        {
            entry(logger);
        }
    }
}

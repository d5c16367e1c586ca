using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Portal.Host.Plugins;

/// <summary>At start-up, writes what the plug-in loader logged to the app's logging, category "Portal.Plugins".</summary>
internal sealed class DeferredLogWriter(DeferredLogger log, ILoggerFactory loggers) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        log.WriteTo(loggers.CreateLogger("Portal.Plugins"));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

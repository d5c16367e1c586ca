namespace Portal.Benchmarks.Events;

/// <summary>
/// The broker both buses use, from the variables infra/bench.sh --with-services exports
/// (Portal__Bus__RabbitMQ__Host, __Username, __Password). Host is a name or <c>host:port</c>, as the portal reads it.
/// </summary>
/// <param name="VirtualHost">The run's own (see <see cref="BenchVirtualHost"/>); <c>/</c> until it is set.</param>
public sealed record RabbitSettings(string Host, string Username, string Password, string VirtualHost = "/")
{
    public static RabbitSettings FromEnvironment()
    {
        var names = new[] { "Portal__Bus__RabbitMQ__Host", "Portal__Bus__RabbitMQ__Username", "Portal__Bus__RabbitMQ__Password" };
        var values = names.Select(Environment.GetEnvironmentVariable).ToArray();
        var missing = names.Where((_, i) => string.IsNullOrEmpty(values[i])).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The events benchmark needs RabbitMQ: {string.Join(", ", missing)} not set. Run it as infra/bench.sh --with-services events.");
        }

        return new RabbitSettings(values[0]!, values[1]!, values[2]!);
    }

    public (string Host, ushort Port) HostAndPort()
    {
        var colon = Host.LastIndexOf(':');
        return colon > 0 && ushort.TryParse(Host[(colon + 1)..], out var port) ? (Host[..colon], port) : (Host, (ushort)5672);
    }
}

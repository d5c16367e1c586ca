using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Messaging;
using RabbitMQ.Client;

namespace Portal.Host.Messaging;

/// <summary>
/// Reads the RabbitMQ error queues of the portal's endpoints (<c>queue_error</c>) without taking messages out:
/// each is fetched unacknowledged and returns to its queue when the channel closes. A re-drive republishes the
/// one message to the queue it failed on (with publisher confirms), then acknowledges it in the error queue.
/// </summary>
internal sealed class RabbitMqDeadLetterQueue(IOptions<MessagingOptions> options) : IDeadLetterQueue
{
    private const string ErrorSuffix = "_error";
    private const int ScanLimit = 10_000;

    public string Source => "RabbitMQ error queues";

    public static IEnumerable<string> ErrorQueues => ContractTypes.All
        .Where(t => !typeof(Portal.Contracts.Platform.ITenantLifecycleEvent).IsAssignableFrom(t))
        .Select(t => ContractTypes.QueueOf(t) + ErrorSuffix);

    public async Task<IReadOnlyList<DeadLetter>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        var letters = new List<DeadLetter>();
        foreach (var queue in ErrorQueues)
        {
            await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
            if (!await ExistsAsync(connection, queue, cancellationToken))
            {
                continue;
            }

            while (letters.Count < limit)
            {
                var result = await channel.BasicGetAsync(queue, autoAck: false, cancellationToken);
                if (result is null)
                {
                    break;
                }

                letters.Add(Read(queue, result));
            }
        }

        return letters.OrderBy(l => l.FaultedUtc).ToList();
    }

    public async Task<bool> RedriveAsync(Guid messageId, CancellationToken cancellationToken = default)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        foreach (var queue in ErrorQueues)
        {
            if (!await ExistsAsync(connection, queue, cancellationToken))
            {
                continue;
            }

            await using var channel = await connection.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
            for (var scanned = 0; scanned < ScanLimit; scanned++)
            {
                var result = await channel.BasicGetAsync(queue, autoAck: false, cancellationToken);
                if (result is null)
                {
                    break;
                }

                if (result.BasicProperties.MessageId is { } id && Guid.TryParse(id, out var parsed) && parsed == messageId)
                {
                    var properties = new BasicProperties(result.BasicProperties);
                    properties.Headers = result.BasicProperties.Headers?
                        // A re-drive starts afresh: its redeliveries too, should it fail again.
                        .Where(h => !h.Key.StartsWith("MT-Fault", StringComparison.Ordinal) && h.Key != "MT-Reason" && h.Key != PortalMessageHeaders.Redelivery)
                        .ToDictionary(h => h.Key, h => h.Value);
                    // The default exchange routes by queue name: straight back to the queue it failed on.
                    await channel.BasicPublishAsync("", queue[..^ErrorSuffix.Length], mandatory: true, properties, result.Body, cancellationToken);
                    await channel.BasicAckAsync(result.DeliveryTag, multiple: false, cancellationToken);
                    return true;
                }
            }
        }

        return false;
    }

    private async Task<IConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var rabbit = options.Value.RabbitMQ;
        var (host, port) = rabbit.HostAndPort();
        var factory = new ConnectionFactory
        {
            HostName = host,
            Port = port,
            VirtualHost = rabbit.VirtualHost,
            UserName = rabbit.Username ?? ConnectionFactory.DefaultUser,
            Password = rabbit.Password ?? ConnectionFactory.DefaultPass,
            ClientProvidedName = "portal-health",
        };
        return await factory.CreateConnectionAsync(cancellationToken);
    }

    // A passive declare of a missing queue closes its channel: ask on a throw-away one.
    private static async Task<bool> ExistsAsync(IConnection connection, string queue, CancellationToken cancellationToken)
    {
        await using var probe = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            await probe.QueueDeclarePassiveAsync(queue, cancellationToken);
            return true;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return false;
        }
    }

    private static DeadLetter Read(string queue, BasicGetResult result)
    {
        var headers = result.BasicProperties.Headers ?? new Dictionary<string, object?>();
        var id = Guid.TryParse(result.BasicProperties.MessageId, out var parsed) ? parsed : Guid.Empty;
        var error = $"{Header(headers, "MT-Fault-ExceptionType")}: {Header(headers, "MT-Fault-Message") ?? Header(headers, "MT-Reason")}".Trim(' ', ':');
        var faulted = DateTimeOffset.TryParse(Header(headers, "MT-Fault-Timestamp"), out var at) ? at : (DateTimeOffset?)null;
        return new DeadLetter(id, MessageTypeOf(result.Body.Span), Header(headers, PortalMessageHeaders.Tenant), queue, error, faulted);
    }

    private static string? Header(IDictionary<string, object?> headers, string key) => headers.TryGetValue(key, out var value) ? value switch
    {
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        null => null,
        _ => value.ToString(),
    } : null;

    // MassTransit's envelope names the type as "urn:message:Namespace:Type".
    private static string MessageTypeOf(ReadOnlySpan<byte> body)
    {
        try
        {
            using var json = JsonDocument.Parse(body.ToArray());
            if (json.RootElement.TryGetProperty("messageType", out var types) && types.ValueKind == JsonValueKind.Array && types.GetArrayLength() > 0)
            {
                var urn = types[0].GetString() ?? "";
                var parts = urn.Split(':');
                return parts.Length >= 4 ? $"{parts[2]}.{parts[3]}" : urn;
            }
        }
        catch (JsonException)
        {
            // Not an envelope of ours: show what is known.
        }

        return "(unknown)";
    }
}

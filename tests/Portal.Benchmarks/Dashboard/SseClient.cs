using System.Text.Json;

namespace Portal.Benchmarks.Dashboard;

/// <summary>
/// One dashboard watcher: reads <c>~/routing/dashboard/stream</c> and, for each message whose <c>lastEventAt</c> moved
/// on (an update: a newer telephony event is reflected), records how long after that event's own time it arrived.
/// </summary>
internal sealed class SseClient(HttpClient http, Uri stream, string token)
{
    public List<double> LatenciesMs { get; } = [];

    public int Messages { get; private set; }

    /// <summary>Latencies are recorded only while this is set (after the warm-up).</summary>
    public volatile bool Measuring;

    public async Task RunAsync(TaskCompletionSource connected, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, stream);
        request.Headers.Authorization = new("Bearer", token);
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        connected.TrySetResult();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
        DateTimeOffset? last = null;
        try
        {
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (!line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    continue;
                }

                var received = DateTimeOffset.UtcNow;
                Messages++;
                using var json = JsonDocument.Parse(line.AsMemory(6));
                if (json.RootElement.GetProperty("lastEventAt") is { ValueKind: JsonValueKind.String } at
                    && at.GetDateTimeOffset() is var eventAt && (last is null || eventAt > last))
                {
                    last = eventAt;
                    if (Measuring)
                    {
                        LatenciesMs.Add((received - eventAt).TotalMilliseconds);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The run is over.
        }
        catch (IOException) when (cancellationToken.IsCancellationRequested)
        {
            // The run is over.
        }
    }
}

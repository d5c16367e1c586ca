namespace Portal.Benchmarks.Events;

/// <summary>
/// The baseline's message: the shape of the portal's MessagingProbe, but a type of its own, so its exchange is
/// not the portal's and no portal queue ever receives it.
/// </summary>
public sealed record BenchProbe(string TenantId, Guid ProbeId, DateTimeOffset SentUtc);

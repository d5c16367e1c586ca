namespace Portal.Benchmarks.Publications;

/// <summary>A page as the output cache served it: its bytes, its content type and the cache's Age header.</summary>
public sealed record CachedPage(byte[] Body, string ContentType, string Age);

namespace Portal.Benchmarks.Memory;

/// <summary>
/// What a memory child process measured after setting up and warming <see cref="Tenants"/> tenants;
/// <see cref="BuiltShells"/> counts the live shells (a check that none was released before measuring).
/// </summary>
public sealed record MemorySample(int Tenants, int BuiltShells, long HeapBytes, long RssBytes, double SetupSeconds);

namespace Portal.Abstractions.Platform;

public sealed record SetupResult(bool Succeeded, IReadOnlyList<string> Errors)
{
    public static SetupResult Success { get; } = new(true, []);
}

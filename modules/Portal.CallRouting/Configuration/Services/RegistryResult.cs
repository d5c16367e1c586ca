namespace Portal.CallRouting.Configuration.Services;

/// <summary>
/// The outcome of a change to the configuration, the same for the API and the pages: the stored item when done,
/// otherwise field errors keyed by JSON path (<c>servingCentres[1].preference</c>), and for a conflict its title
/// and the codes of what stands in the way (<see cref="Blockers"/>).
/// </summary>
public sealed record RegistryResult<T>(
    RegistryStatus Status,
    T? Value,
    IDictionary<string, string[]> Errors,
    string? Title = null,
    IReadOnlyList<string>? Blockers = null)
    where T : class
{
    private static readonly Dictionary<string, string[]> None = [];

    public bool Succeeded => Status == RegistryStatus.Done;

    public static RegistryResult<T> Done(T value) => new(RegistryStatus.Done, value, None);
    public static RegistryResult<T> NotFound() => new(RegistryStatus.NotFound, null, None);
    public static RegistryResult<T> Invalid(IDictionary<string, string[]> errors) => new(RegistryStatus.Invalid, null, errors);

    public static RegistryResult<T> Conflict(string title, string field, string reason, IReadOnlyList<string>? blockers = null) =>
        new(RegistryStatus.Conflict, null, new Dictionary<string, string[]> { [field] = [reason] }, title, blockers);

    public static RegistryResult<T> Stale(string what) => new(RegistryStatus.Stale, null,
        new Dictionary<string, string[]> { [""] = [$"The {what} was changed by someone else since you read it: read it again and repeat your change."] },
        "The version you changed is no longer current.");
}

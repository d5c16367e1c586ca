namespace Portal.CallRouting.Contingency.Models;

/// <summary>The result of activating or reverting: the activation, or why not.</summary>
public sealed record ContingencyCommandResult(
    ContingencyCommandStatus Status,
    ContingencyActivationView? Activation,
    IReadOnlyDictionary<string, string[]> Errors)
{
    private static readonly Dictionary<string, string[]> None = [];

    public static ContingencyCommandResult Done(ContingencyActivationView activation) => new(ContingencyCommandStatus.Done, activation, None);

    public static ContingencyCommandResult Refused(ContingencyCommandStatus status) => new(status, null, None);

    public static ContingencyCommandResult Invalid(string field, string message) =>
        new(ContingencyCommandStatus.Invalid, null, new Dictionary<string, string[]> { [field] = [message] });
}

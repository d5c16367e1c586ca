namespace Portal.CallRouting.Contingency.Models;

public static class ContingencyLimits
{
    public const int Code = 64;
    public const int Name = 200;
    public const int Reason = 500;
    public const int Actor = 256;

    /// <summary>The <see cref="ContingencyActivation.RevertedBy"/> of a revert made because the plan's time ran out.</summary>
    public const string AutomaticActor = "system:automatic-revert";
}

namespace Portal.CallRouting.Plans.Models;

/// <summary>The body of submit, approve and rollback: nothing (an empty object or no body at all).</summary>
public sealed record StepRequest
{
    public static StepRequest Empty { get; } = new();
}

namespace Portal.CallRouting.Configuration.Models;

/// <summary>
/// Sets (<c>ForceOpen</c>, <c>ForceClosed</c>, optionally <see cref="Until"/> a time) or lifts (<c>None</c>) a
/// schedule's manual override. A reason is required either way.
/// </summary>
public sealed class ManualOverrideInput
{
    public string? Mode { get; set; }
    public DateTimeOffset? Until { get; set; }
    public string? Reason { get; set; }
}

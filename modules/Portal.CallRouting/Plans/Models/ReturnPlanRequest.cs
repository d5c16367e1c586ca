namespace Portal.CallRouting.Plans.Models;

/// <summary><c>POST .../return</c>: why the version goes back to draft.</summary>
public sealed record ReturnPlanRequest(string? Reason);

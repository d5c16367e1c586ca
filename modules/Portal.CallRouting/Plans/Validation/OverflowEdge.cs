namespace Portal.CallRouting.Plans.Validation;

/// <summary>An overflowToQueue action: calls of <see cref="From"/> may go into <see cref="To"/>; <see cref="Path"/> names the action's queueCode.</summary>
internal sealed record OverflowEdge(string From, string To, string Path);

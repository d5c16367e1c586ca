namespace Portal.CallRouting.Live.Services;

/// <summary>One queue's raw figures as a store holds them, before they are turned into a <see cref="QueueLiveState"/>.</summary>
/// <param name="OldestOfferedAt">When the longest-waiting call was offered; null when none waits.</param>
internal sealed record QueueFigures(int Waiting, DateTimeOffset? OldestOfferedAt, int Answered, int AnsweredWithinServiceLevel, int Abandoned);

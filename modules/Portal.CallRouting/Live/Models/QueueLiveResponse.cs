namespace Portal.CallRouting.Live.Models;

/// <summary>One queue's live figures as the API and the dashboard stream send them.</summary>
public sealed record QueueLiveResponse(
    string Code,
    string Name,
    string? Service,
    int Waiting,
    double OldestWaitSeconds,
    double AnsweredWithin10sShare,
    int AbandonedLast15Minutes,
    int AvailableAgents);

namespace Portal.CallRouting.Live.Models;

/// <summary>The answer to an accepted <c>POST /api/routing/events</c>: how many events were queued for the live state.</summary>
public sealed record EventsAccepted(int Accepted);

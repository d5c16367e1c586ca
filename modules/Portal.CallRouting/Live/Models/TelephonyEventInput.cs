namespace Portal.CallRouting.Live.Models;

/// <summary>
/// One telephony event as the platform's client sends it to <c>POST /api/routing/events</c> (alone, or several in a
/// JSON array). <see cref="Type"/> says which fields belong:
/// <list type="bullet">
/// <item><c>callOffered</c>: callId, queue, at;</item>
/// <item><c>callAnswered</c>: callId, queue, centre, offeredAt, at;</item>
/// <item><c>callAbandoned</c>: callId, queue, at;</item>
/// <item><c>centreStateChanged</c>: centre, state (Normal, Degraded, MajorIncidentInProgress, Unstaffed, Down), reason, at;</item>
/// <item><c>agentsAvailableChanged</c>: centre, availableAgents, at.</item>
/// </list>
/// Times are ISO 8601 with an offset (<c>2026-11-27T09:00:00Z</c>). Times are strings here so that a time without an
/// offset can be refused instead of being read in the server's zone.
/// </summary>
public sealed class TelephonyEventInput
{
    public string? Type { get; set; }
    public string? CallId { get; set; }
    public string? Queue { get; set; }
    public string? Centre { get; set; }
    public string? At { get; set; }
    public string? OfferedAt { get; set; }
    public string? State { get; set; }
    public string? Reason { get; set; }
    public int? AvailableAgents { get; set; }
}

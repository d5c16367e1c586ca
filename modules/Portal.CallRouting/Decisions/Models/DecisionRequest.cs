namespace Portal.CallRouting.Decisions.Models;

/// <summary>
/// <c>POST /api/routing/decisions</c>: the service dialled (required), the caller's number (digits with an optional
/// leading +; absent or null when withheld), when (ISO 8601 with an offset; absent means now) and the telephony
/// platform's id of the call being routed (optional). With a call id, a call sent to a partner force is recorded against
/// the agreement's maximum concurrent calls and shown on the partner's dashboard; without one the answer is a look-up.
/// </summary>
public sealed record DecisionRequest(string? Service, string? CallerId, string? At, string? CallId = null);

namespace Portal.CallRouting.Decisions.Models;

/// <summary>Where the call goes: <c>kind</c> is centre, partner or announcement, with the fields of that kind.</summary>
public sealed record DecisionTargetResponse(string Kind, string? Centre, string? PartnerTenant, string? AgreementId, string? Announcement);

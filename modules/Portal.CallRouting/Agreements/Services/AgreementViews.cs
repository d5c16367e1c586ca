using Portal.CallRouting.Agreements.Models;

namespace Portal.CallRouting.Agreements.Services;

/// <summary>A stored copy as the API and pages show it, with its state as of now (so an expired agreement reads Expired).</summary>
public static class AgreementViews
{
    public static AgreementView Of(OverflowAgreement a, DateTimeOffset now) => new(
        a.Id, a.Role, a.PartnerTenant, a.QueueCode, a.MaxConcurrentCalls, AgreementHours.ByDay(AgreementHours.FromJson(a.HoursJson)),
        a.ExpiresAt, a.StateAt(now), a.ProposedBy, a.ProposedAt, a.DecidedBy, a.DecidedAt, a.DeclineReason,
        a.RevokedBy, a.RevokedByTenant, a.RevokedAt, a.RevocationReason);
}

using Portal.Audit.Services;

namespace Portal.Audit.ViewModels;

/// <summary>The verify page: before the check, no result; after it, intact or where the chain breaks.</summary>
public sealed record AuditVerifyViewModel(AuditVerification? Result);

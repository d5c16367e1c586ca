using Portal.Audit.Services;

namespace Portal.Audit.ViewModels;

/// <summary>The search form as typed (so a bad value is shown back), and the page of results when it was valid.</summary>
public sealed record AuditSearchViewModel(AuditQuery Query, AuditSearchPage? Results, IReadOnlyList<string> Categories, bool CanVerify);

using Portal.Publications.Sensitive.Data;

namespace Portal.Publications.Sensitive.ViewModels;

/// <summary>The grants page: who holds a grant for the report, and the form to give one.</summary>
public sealed class GrantsViewModel
{
    public required string Reference { get; init; }

    public required IReadOnlyList<ReportAccessGrant> Grants { get; init; }

    /// <summary>What was typed in the form (kept when it is refused).</summary>
    public string? Grantee { get; init; }
}

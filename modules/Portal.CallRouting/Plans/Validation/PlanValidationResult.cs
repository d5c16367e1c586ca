namespace Portal.CallRouting.Plans.Validation;

/// <summary>What validation found; the plan may be submitted or published when there is no error.</summary>
public sealed record PlanValidationResult(IReadOnlyList<PlanFinding> Findings)
{
    public IEnumerable<PlanFinding> Errors => Findings.Where(f => f.Severity == PlanFindingSeverity.Error);

    public IEnumerable<PlanFinding> Warnings => Findings.Where(f => f.Severity == PlanFindingSeverity.Warning);

    public bool IsValid => !Errors.Any();

    /// <summary>The errors as RFC 9457 field errors: path → messages.</summary>
    public Dictionary<string, string[]> ErrorsByPath() => Errors
        .GroupBy(f => f.Path, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(f => f.Message).Distinct().ToArray(), StringComparer.Ordinal);
}

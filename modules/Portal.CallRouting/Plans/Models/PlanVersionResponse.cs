using Portal.CallRouting.Domain;
using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Plans.Services;
using Portal.CallRouting.Plans.Validation;

namespace Portal.CallRouting.Plans.Models;

/// <summary>One version whole: the history fields, its document, the configuration copy once published, and the warnings of the step just taken.</summary>
public sealed record PlanVersionResponse : PlanVersionSummaryResponse
{
    public PlanVersionResponse(RoutingPlanVersion v, PlanVersionStatus s, IEnumerable<PlanFinding>? warnings = null) : base(v, s)
    {
        Document = PlanJson.Document(v.DocumentJson);
        Configuration = v.ConfigurationJson is null ? null : PlanJson.Configuration(v.ConfigurationJson);
        Warnings = warnings?.ToList();
    }

    public RoutingPlanDocument Document { get; init; }
    public RoutingConfiguration? Configuration { get; init; }
    /// <summary>Validation's warnings, after submit, publish and rollback.</summary>
    public IReadOnlyList<PlanFinding>? Warnings { get; init; }
}

using Portal.Abstractions.Messaging;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;
using Portal.Contracts.Publications;
using Portal.Publications.Reports.Domain;

namespace Portal.Publications.Index.Events;

/// <summary>
/// The platform's consent to publication events: addressed to this tenant, from a running force that has the
/// publications module enabled (the host has already checked the event really comes from that force), with fields
/// that fit the index. Anything else is refused, logged and parked, and the index does not change.
/// </summary>
public sealed class PublicationIndexAdmission(ShellSettings self, IShellSettingsManager tenants) :
    ICrossTenantAdmission<PublicationPublished>,
    ICrossTenantAdmission<PublicationWithdrawn>
{
    /// <summary>The feature that makes a tenant a publisher of decision reports.</summary>
    public const string PublisherFeature = "Portal.Publications";

    public async Task<CrossTenantAdmissionDecision> DecideAsync(PublicationPublished message, CancellationToken cancellationToken)
    {
        var source = await FromPublisherAsync(message.SourceTenant, message.TargetTenant, cancellationToken);
        if (source is not null)
        {
            return CrossTenantAdmissionDecision.Refuse(source);
        }

        var problem = ReferenceProblem(message.Reference)
            ?? TextProblem("title", message.Title, ReportLimits.Title, required: true)
            ?? TextProblem("summary", message.Summary, ReportLimits.Summary, required: false)
            ?? TextProblem("decision maker", message.DecisionMaker, ReportLimits.DecisionMaker, required: false)
            ?? TextProblem("change note", message.ChangeNote, ReportLimits.ChangeNote, required: false)
            ?? TagsProblem(message.Tags)
            ?? (message.Version < 1 ? $"version {message.Version} is not a published version" : null);
        return problem is null ? CrossTenantAdmissionDecision.Admit() : CrossTenantAdmissionDecision.Refuse(problem);
    }

    public async Task<CrossTenantAdmissionDecision> DecideAsync(PublicationWithdrawn message, CancellationToken cancellationToken)
    {
        var source = await FromPublisherAsync(message.SourceTenant, message.TargetTenant, cancellationToken);
        if (source is not null)
        {
            return CrossTenantAdmissionDecision.Refuse(source);
        }

        var problem = ReferenceProblem(message.Reference)
            ?? TextProblem("title", message.Title, ReportLimits.Title, required: true)
            ?? TextProblem("reason", message.Reason, ReportLimits.Reason, required: true);
        return problem is null ? CrossTenantAdmissionDecision.Admit() : CrossTenantAdmissionDecision.Refuse(problem);
    }

    private async Task<string?> FromPublisherAsync(string sourceTenant, string targetTenant, CancellationToken cancellationToken)
    {
        if (!string.Equals(targetTenant, self.Name, StringComparison.Ordinal))
        {
            return $"the event is addressed to '{targetTenant}', not to this tenant";
        }

        var source = await tenants.FindAsync(sourceTenant, cancellationToken);
        return source is { State: TenantState.Running, IsDefault: false } && source.EnabledFeatures.Contains(PublisherFeature, StringComparer.Ordinal)
            ? null
            : $"'{sourceTenant}' does not publish decision reports (no running tenant with {PublisherFeature} enabled)";
    }

    private static string? ReferenceProblem(string? reference) =>
        ReportReference.Normalise(reference) == reference ? null : "the reference is not a report reference in its stored form";

    private static string? TextProblem(string field, string? value, int maxLength, bool required) =>
        value is null || (required && string.IsNullOrWhiteSpace(value)) ? $"the {field} is missing"
        : value.Length > maxLength ? $"the {field} is longer than {maxLength} characters"
        : null;

    private static string? TagsProblem(IReadOnlyList<string>? tags) =>
        tags is null ? "the tags are missing"
        : tags.Count > ReportLimits.Tags ? $"more than {ReportLimits.Tags} tags"
        : tags.Any(t => string.IsNullOrWhiteSpace(t) || t.Length > ReportLimits.Tag) ? $"a tag is empty or longer than {ReportLimits.Tag} characters"
        : null;
}

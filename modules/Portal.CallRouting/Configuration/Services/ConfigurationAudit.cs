using Portal.Abstractions.Audit;

namespace Portal.CallRouting.Configuration.Services;

/// <summary>Writes the audit entries of configuration changes; the audit log fills in who and from where.</summary>
public sealed class ConfigurationAudit(IAuditLog audit)
{
    public const string Category = AuditCategories.Routing;

    public Task ChangedAsync(string action, string subject, string? detail, CancellationToken cancellationToken) =>
        audit.WriteAsync(new AuditEntry(Category, action, AuditOutcome.Success, subject, detail), cancellationToken);
}

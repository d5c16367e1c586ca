using Portal.Abstractions.Messaging;
using Portal.Tenants.Models;

namespace Portal.Tenants.ViewModels;

/// <summary>The health page: readiness checks, and the failed messages (null when the error queues could not be read).</summary>
public sealed record HealthViewModel(IReadOnlyList<ReadinessCheck> Checks, string ErrorSource, IReadOnlyList<DeadLetter>? Errors, bool CanRedrive);

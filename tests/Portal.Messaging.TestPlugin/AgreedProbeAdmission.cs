using Portal.Abstractions.Messaging;
using Portal.Abstractions.Shell;
using Portal.Contracts.Diagnostics;

namespace Portal.Messaging.TestPlugin;

/// <summary>
/// The plug-in's consent to <see cref="CrossTenantProbe"/>: the tenant whose container this is admits probes only
/// from the sources it agreed with through <c>POST /api/test/consents?from=</c>; everything else is refused.
/// </summary>
public sealed class AgreedProbeAdmission(ShellSettings tenant) : ICrossTenantAdmission<CrossTenantProbe>
{
    public Task<CrossTenantAdmissionDecision> DecideAsync(CrossTenantProbe message, CancellationToken cancellationToken) =>
        Task.FromResult(ProbeConsents.IsAgreed(tenant.Name, message.SourceTenant)
            ? CrossTenantAdmissionDecision.Admit()
            : CrossTenantAdmissionDecision.Refuse($"no consent to probes from '{message.SourceTenant}'"));
}

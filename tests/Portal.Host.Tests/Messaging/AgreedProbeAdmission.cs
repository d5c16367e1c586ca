using Portal.Abstractions.Messaging;
using Portal.Abstractions.Shell;
using Portal.Contracts.Diagnostics;

namespace Portal.Host.Tests.Messaging;

/// <summary>A test module's admission: the tenant whose container this is admits probes only from sources it agreed with.</summary>
public sealed class AgreedProbeAdmission(ShellSettings tenant, ProbeConsents consents) : ICrossTenantAdmission<CrossTenantProbe>
{
    public Task<CrossTenantAdmissionDecision> DecideAsync(CrossTenantProbe message, CancellationToken cancellationToken) =>
        Task.FromResult(consents.Agreed(message.SourceTenant, tenant.Name)
            ? CrossTenantAdmissionDecision.Admit()
            : CrossTenantAdmissionDecision.Refuse($"no agreement with '{message.SourceTenant}'"));
}

using Portal.CallRouting.Domain;
using Portal.CallRouting.Domain.Rules;

namespace Portal.CallRouting.WhatIf.Models;

/// <summary>A plan version as what-if needs it: its rules and the configuration (centres, queues) they were written for.</summary>
public sealed record WhatIfPlanVersion(int Version, string Label, RoutingPlanDocument Document, RoutingConfiguration Configuration);

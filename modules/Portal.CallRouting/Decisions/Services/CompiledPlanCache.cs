using Portal.CallRouting.Decisions.Compilation;
using Portal.CallRouting.Plans;

namespace Portal.CallRouting.Decisions.Services;

/// <summary>
/// The compiled form of the plan version in force, per tenant (a singleton of the tenant's container). A published
/// version never changes, so (version, SHA-256) identifies the compiled plan: it is compiled once, on the first
/// decision after publication, and swapped in whole; two requests racing to compile the same version both get an
/// equivalent plan.
/// </summary>
public sealed class CompiledPlanCache
{
    private CompiledRoutingPlan? _current;

    public CompiledRoutingPlan Get(PublishedRoutingPlan plan)
    {
        var current = Volatile.Read(ref _current);
        if (current is not null && current.Version == plan.Version && current.Sha256 == plan.Sha256)
        {
            return current;
        }

        var compiled = RoutingPlanCompiler.Compile(plan);
        Volatile.Write(ref _current, compiled);
        return compiled;
    }
}

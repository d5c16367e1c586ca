using Portal.CallRouting.Agreements;
using Portal.CallRouting.Decisions.Compilation;
using Portal.CallRouting.Scheduling;

namespace Portal.CallRouting.Decisions.Evaluation;

/// <summary>
/// The usable overflow agreements laid out by the compiled plan's agreement indices: null where the plan names an
/// agreement that is not usable (never accepted, revoked, expired). Agreement hours are compiled like a schedule.
/// </summary>
public sealed class BoundAgreements
{
    private BoundAgreements(OverflowAgreementTerms?[] terms, CompiledSchedule?[] hours)
    {
        Terms = terms;
        Hours = hours;
    }

    public OverflowAgreementTerms?[] Terms { get; }

    /// <summary>The agreement's hours, or null when it applies at any hour.</summary>
    public CompiledSchedule?[] Hours { get; }

    public static BoundAgreements None(CompiledRoutingPlan plan) =>
        new(new OverflowAgreementTerms?[plan.AgreementIds.Length], new CompiledSchedule?[plan.AgreementIds.Length]);

    public static BoundAgreements Bind(CompiledRoutingPlan plan, IReadOnlyList<OverflowAgreementTerms> usable)
    {
        var terms = new OverflowAgreementTerms?[plan.AgreementIds.Length];
        var hours = new CompiledSchedule?[plan.AgreementIds.Length];
        foreach (var agreement in usable)
        {
            if (plan.AgreementIndex.TryGetValue(agreement.Id, out var i))
            {
                terms[i] = agreement;
                if (agreement.Hours is { } week)
                {
                    var compiled = RoutingPlanCompiler.TryCompile(new ScheduleDefinition("agreement-hours", "Agreement hours", week,
                        ClosedOnBankHolidays: false, Overrides: [], Manual: null));
                    // Hours the calendar cannot read make the agreement unusable rather than open at every hour.
                    terms[i] = compiled is null ? null : agreement;
                    hours[i] = compiled;
                }
            }
        }

        return new BoundAgreements(terms, hours);
    }
}

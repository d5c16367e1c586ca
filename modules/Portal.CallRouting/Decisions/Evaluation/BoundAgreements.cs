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
                hours[i] = agreement.Hours is { } week
                    ? new CompiledSchedule(new ScheduleDefinition("agreement:" + agreement.Id, "Agreement hours", week,
                        ClosedOnBankHolidays: false, Overrides: [], Manual: null))
                    : null;
            }
        }

        return new BoundAgreements(terms, hours);
    }
}

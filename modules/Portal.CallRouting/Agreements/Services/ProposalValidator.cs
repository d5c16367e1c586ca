using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Shell;
using Portal.CallRouting.Agreements.Models;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Scheduling;

namespace Portal.CallRouting.Agreements.Services;

/// <summary>Checks a proposal field by field; the errors are keyed by the JSON path of the field ("hours[0].periods[1].closes").</summary>
public sealed partial class ProposalValidator(ShellSettings tenant, PartnerForces forces, IServiceProvider services, TimeProvider clock)
{
    public async Task<Dictionary<string, string[]>> ValidateAsync(ProposeAgreementInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(message);
        }

        if (string.IsNullOrWhiteSpace(input.Partner))
        {
            Add("partner", "Name the partner force.");
        }
        else if (string.Equals(input.Partner, tenant.Name, StringComparison.Ordinal))
        {
            Add("partner", "A force cannot make an overflow agreement with itself.");
        }
        else if (input.Partner.Length > AgreementLimits.Tenant || !await forces.IsPoliceForceAsync(input.Partner, cancellationToken))
        {
            // One message for "no such tenant" and "not a police force": the answer must not map the platform's other tenants.
            Add("partner", $"'{input.Partner}' is not a police force on this platform that runs call routing.");
        }

        if (string.IsNullOrWhiteSpace(input.QueueCode))
        {
            Add("queueCode", "Name the queue whose calls may overflow.");
        }
        else if (input.QueueCode.Length > AgreementLimits.QueueCode || !QueueCodePattern().IsMatch(input.QueueCode))
        {
            Add("queueCode", $"A queue code is 1 to {AgreementLimits.QueueCode} letters, digits, '-' or '_'.");
        }
        else if (services.GetService<IRoutingDirectory>() is { } directory
                 && !(await directory.CurrentAsync(cancellationToken)).Queues.Any(q => string.Equals(q.Code, input.QueueCode, StringComparison.Ordinal)))
        {
            Add("queueCode", $"This force has no queue '{input.QueueCode}'.");
        }

        if (input.MaxConcurrentCalls is null)
        {
            Add("maxConcurrentCalls", "Say how many calls may overflow at the same time.");
        }
        else if (input.MaxConcurrentCalls is < 1 or > AgreementLimits.MaxConcurrentCalls)
        {
            Add("maxConcurrentCalls", $"Between 1 and {AgreementLimits.MaxConcurrentCalls}.");
        }

        if (input.ExpiresAt is null)
        {
            Add("expiresAt", "Say when the agreement ends.");
        }
        else if (input.ExpiresAt <= clock.GetUtcNow())
        {
            Add("expiresAt", "The expiry must be in the future.");
        }

        ValidateHours(input.Hours, Add);
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }

    private static void ValidateHours(IReadOnlyList<WeeklyOpening>? hours, Action<string, string> add)
    {
        var days = new HashSet<DayOfWeek>();
        for (var d = 0; d < (hours?.Count ?? 0); d++)
        {
            var day = hours![d];
            if (day is null)
            {
                add($"hours[{d}]", "Give a day and its periods.");
                continue;
            }

            if (!Enum.IsDefined(day.Day) || !days.Add(day.Day))
            {
                add($"hours[{d}].day", "Each day of the week appears at most once.");
            }

            if (day.Periods is null || day.Periods.Count == 0)
            {
                add($"hours[{d}].periods", "Give at least one period, or leave the day out.");
                continue;
            }

            var ordered = new List<(TimeSpan Start, TimeSpan End)>();
            for (var p = 0; p < day.Periods.Count; p++)
            {
                var period = day.Periods[p];
                if (period is null)
                {
                    add($"hours[{d}].periods[{p}]", "Give the opening and closing time.");
                    continue;
                }

                var end = period.Closes == TimeOnly.MinValue ? TimeSpan.FromDays(1) : period.Closes.ToTimeSpan();
                if (end <= period.Opens.ToTimeSpan())
                {
                    add($"hours[{d}].periods[{p}].closes", "A period closes after it opens (00:00 means midnight at the end of the day).");
                    continue;
                }

                if (ordered.Any(o => period.Opens.ToTimeSpan() < o.End && o.Start < end))
                {
                    add($"hours[{d}].periods[{p}]", "Periods of the same day must not overlap.");
                }

                ordered.Add((period.Opens.ToTimeSpan(), end));
            }
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex QueueCodePattern();
}

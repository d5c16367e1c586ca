using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Portal.Abstractions.Platform;
using Portal.CallRouting.Agreements.Models;
using Portal.CallRouting.Configuration.Models;
using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Plans.Services;
using Portal.CallRouting.Plans.Validation;
using Portal.CallRouting.Recipes.Models;

namespace Portal.CallRouting.Recipes.Services;

/// <summary>
/// Reads a <c>call-routing</c> step and checks what can be checked before anything is written: the shape of every
/// item, and that the step's own references hold (a queue's serving centres and schedules, a centre's schedule, the
/// plan's document shape). Field rules (names, ranges, codes) and the plan's full validation run again when the
/// module's services store the items, so a recipe cannot get past what the API refuses.
/// </summary>
public static partial class RoutingSeedReader
{
    public const int MaxValidForDays = 3650;

    private static readonly HashSet<string> KnownFields = new(StringComparer.Ordinal) { "name", "schedules", "centres", "queues", "agreements", "plan" };

    // Unknown fields are refused: a misspelt field in a recipe would otherwise be dropped without a word.
    private static readonly JsonSerializerOptions InputOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The seed, or null with the reasons (each starting with the field's path) in <paramref name="errors"/>.</summary>
    public static RoutingSeed? Read(JsonObject data, List<string> errors)
    {
        foreach (var unknown in data.Select(p => p.Key).Where(k => !KnownFields.Contains(k)))
        {
            errors.Add($"'{unknown}' is not a field of the call-routing step (use {string.Join(", ", KnownFields.Where(k => k != "name"))}).");
        }

        var schedules = Items<ScheduleInput>(data, "schedules", errors);
        var centres = Items<CentreInput>(data, "centres", errors);
        var queues = Items<QueueInput>(data, "queues", errors);
        var agreements = Items<SeedAgreementJson>(data, "agreements", errors);
        var plan = Plan(data["plan"], errors);
        if (errors.Count > 0)
        {
            return null;
        }

        var scheduleCodes = Codes(schedules.Select(s => s.Code), "schedules", "schedule", errors);
        var centreCodes = Codes(centres.Select(c => c.Code), "centres", "centre", errors);
        var queueCodes = Codes(queues.Select(q => q.Code), "queues", "queue", errors);
        CheckCentres(centres, scheduleCodes, errors);
        CheckQueues(queues, centreCodes, scheduleCodes, errors);
        var seeded = ReadAgreements(agreements, queueCodes, errors);
        return errors.Count > 0 ? null : new RoutingSeed(schedules, centres, queues, seeded, plan);
    }

    private static List<T> Items<T>(JsonObject data, string field, List<string> errors) where T : class
    {
        if (data[field] is null)
        {
            return [];
        }

        if (data[field] is not JsonArray array)
        {
            errors.Add($"{field}: must be an array.");
            return [];
        }

        var items = new List<T>();
        for (var i = 0; i < array.Count; i++)
        {
            try
            {
                if (array[i] is not JsonObject item || item.Deserialize<T>(InputOptions) is not { } value)
                {
                    errors.Add($"{field}[{i}]: must be an object.");
                    continue;
                }

                items.Add(value);
            }
            catch (JsonException ex)
            {
                errors.Add($"{field}[{i}]: {ex.Message}");
            }
        }

        return items;
    }

    private static RoutingPlanDocument? Plan(JsonNode? node, List<string> errors)
    {
        if (node is null)
        {
            return null;
        }

        RoutingPlanDocument? document;
        try
        {
            document = node.Deserialize<RoutingPlanDocument>(PlanJson.Options);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            errors.Add($"plan: not a routing plan document: {ex.Message}");
            return null;
        }

        foreach (var (path, messages) in PlanDocumentShape.Check(document))
        {
            errors.AddRange(messages.Select(m => $"plan.{path}: {m}"));
        }

        return document;
    }

    private static HashSet<string> Codes(IEnumerable<string?> codes, string field, string what, List<string> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var code in codes)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                errors.Add($"{field}[{index}].code: every {what} needs a code.");
            }
            else if (!seen.Add(code))
            {
                errors.Add($"{field}[{index}].code: the {what} '{code}' is given twice.");
            }

            index++;
        }

        return seen;
    }

    private static void CheckCentres(IReadOnlyList<CentreInput> centres, HashSet<string> schedules, List<string> errors)
    {
        for (var i = 0; i < centres.Count; i++)
        {
            if (centres[i].ScheduleCode is { Length: > 0 } schedule && !schedules.Contains(schedule))
            {
                errors.Add($"centres[{i}].scheduleCode: there is no schedule '{schedule}' in this step.");
            }
        }
    }

    private static void CheckQueues(IReadOnlyList<QueueInput> queues, HashSet<string> centres, HashSet<string> schedules, List<string> errors)
    {
        for (var i = 0; i < queues.Count; i++)
        {
            var queue = queues[i];
            if (queue.ScheduleCode is { Length: > 0 } schedule && !schedules.Contains(schedule))
            {
                errors.Add($"queues[{i}].scheduleCode: there is no schedule '{schedule}' in this step.");
            }

            if (queue.ServingCentres is not { Count: > 0 } serving)
            {
                errors.Add($"queues[{i}].servingCentres: the queue '{queue.Code}' needs at least one serving centre.");
                continue;
            }

            for (var s = 0; s < serving.Count; s++)
            {
                if (serving[s]?.CentreCode is not { } centre || !centres.Contains(centre))
                {
                    errors.Add($"queues[{i}].servingCentres[{s}].centreCode: there is no centre '{serving[s]?.CentreCode}' in this step.");
                }
            }
        }
    }

    private static List<SeedAgreement> ReadAgreements(IReadOnlyList<SeedAgreementJson> agreements, HashSet<string> queues, List<string> errors)
    {
        var seeded = new List<SeedAgreement>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < agreements.Count; i++)
        {
            var a = agreements[i];
            var path = $"agreements[{i}]";
            var before = errors.Count;
            if (a.Id is null || a.Id.Length > AgreementLimits.Id || !IdPattern().IsMatch(a.Id))
            {
                errors.Add($"{path}.id: an agreement id is 1 to {AgreementLimits.Id} lowercase letters, digits or '-'.");
            }
            else if (!ids.Add(a.Id))
            {
                errors.Add($"{path}.id: the agreement '{a.Id}' is given twice.");
            }

            AgreementRole? role = a.Role switch { "proposer" => AgreementRole.Proposer, "partner" => AgreementRole.Partner, _ => null };
            if (role is null)
            {
                errors.Add($"{path}.role: must be 'proposer' (this force's calls overflow) or 'partner' (this force takes them).");
            }

            if (TenantNames.Validate(a.Partner) is { } partnerError)
            {
                errors.Add($"{path}.partner: {partnerError}");
            }

            if (string.IsNullOrWhiteSpace(a.QueueCode))
            {
                errors.Add($"{path}.queueCode: name the proposer's queue whose calls may overflow.");
            }
            else if (role == AgreementRole.Proposer && !queues.Contains(a.QueueCode))
            {
                errors.Add($"{path}.queueCode: there is no queue '{a.QueueCode}' in this step.");
            }

            if (a.MaxConcurrentCalls is not (>= 1 and <= AgreementLimits.MaxConcurrentCalls))
            {
                errors.Add($"{path}.maxConcurrentCalls: between 1 and {AgreementLimits.MaxConcurrentCalls}.");
            }

            if (a.ValidForDays is not (>= 1 and <= MaxValidForDays))
            {
                errors.Add($"{path}.validForDays: between 1 and {MaxValidForDays} days.");
            }

            if (errors.Count == before)
            {
                seeded.Add(new SeedAgreement(a.Id!, role!.Value, a.Partner!, a.QueueCode!, a.MaxConcurrentCalls!.Value, a.ValidForDays!.Value));
            }
        }

        return seeded;
    }

    [GeneratedRegex("^[a-z0-9-]+$")]
    private static partial Regex IdPattern();
}

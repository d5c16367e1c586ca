using Portal.CallRouting.WhatIf.Models;

namespace Portal.CallRouting.WhatIf.Services;

/// <summary>
/// Checks a what-if request and its profile, naming each wrong field by its path in the request
/// (<c>profile.slots[13].queues[0].calls</c>) with the reason, as problem+json <c>errors</c> expect. The checks run in
/// two steps: the request on its own, then the profile against each plan version's centres and queues.
/// </summary>
public static class ArrivalProfileValidator
{
    public const int DefaultReplications = 20;
    public const int MaxReplications = 200;
    public const double MaxCallsPerHalfHour = 5_000;
    public const double MaxAverageHandlingSeconds = 24 * 3600;
    public const int MaxAgents = 10_000;
    public const double MaxPatienceSeconds = 24 * 3600;

    /// <summary>Calls simulated per request at most (calls in the day × replications × versions): keeps a request in seconds.</summary>
    public const double MaxSimulatedCalls = 3_000_000;

    private const int MaxErrors = 100;

    /// <summary>Everything that can be checked without the plan versions.</summary>
    /// <param name="profilePrefix">Where the profile sits in what the user sent, for error paths ("profile" in the API).</param>
    public static Dictionary<string, string[]> Validate(WhatIfRequest request, string profilePrefix = "profile")
    {
        var errors = new Errors();
        var versions = request.Versions;
        if (versions is null || versions.Count == 0)
        {
            errors.Add("versions", "Name one or two plan versions to compare, for example [3, 4].");
        }
        else if (versions.Count > 2)
        {
            errors.Add("versions", $"Name at most two plan versions; {versions.Count} were named.");
        }
        else
        {
            for (var i = 0; i < versions.Count; i++)
            {
                if (versions[i] < 1)
                {
                    errors.Add($"versions[{i}]", "A plan version is a whole number from 1.");
                }
                else if (versions.Take(i).Contains(versions[i]))
                {
                    errors.Add($"versions[{i}]", $"Version {versions[i]} is named twice; compare two different versions.");
                }
            }
        }

        if (request.Replications is { } replications && replications is < 1 or > MaxReplications)
        {
            errors.Add("replications", $"Replications must be between 1 and {MaxReplications}.");
        }

        if (request.Profile is null)
        {
            errors.Add(profilePrefix.Length == 0 ? "profile" : profilePrefix, "Send the day's arrival profile.");
        }
        else
        {
            ValidateProfile(request.Profile, profilePrefix, errors);
            if (errors.Count == 0)
            {
                var daily = request.Profile.Slots!.Sum(s => s.Queues!.Sum(q => q.Calls));
                var simulated = daily * (request.Replications ?? DefaultReplications) * Math.Max(1, versions?.Count ?? 1);
                if (simulated > MaxSimulatedCalls)
                {
                    errors.Add("replications", $"That is {simulated:N0} simulated calls (calls in the day × replications × versions); at most {MaxSimulatedCalls:N0} are simulated per request. Ask for fewer replications.");
                }
            }
        }

        return errors.ToDictionary();
    }

    /// <summary>The profile on its own: 48 half hours, numbers in range, each queue and centre named once per half hour.</summary>
    public static Dictionary<string, string[]> ValidateProfile(ArrivalProfile profile, string prefix)
    {
        var errors = new Errors();
        ValidateProfile(profile, prefix, errors);
        return errors.ToDictionary();
    }

    /// <summary>
    /// Every queue and centre the profile names must be in the version's configuration. Each unknown code is reported
    /// once, at its first place, with the number of half hours naming it (not 48 times over).
    /// </summary>
    public static Dictionary<string, string[]> ValidateAgainst(ArrivalProfile profile, WhatIfPlanVersion plan, string prefix)
    {
        var errors = new Errors();
        var unknown = new Dictionary<(string Kind, string Code), (string FirstPath, int Count)>();
        void Note(string kind, string code, string path) =>
            unknown[(kind, code)] = unknown.TryGetValue((kind, code), out var seen) ? (seen.FirstPath, seen.Count + 1) : (path, 1);

        var slots = profile.Slots ?? [];
        for (var s = 0; s < slots.Count; s++)
        {
            var queues = slots[s].Queues ?? [];
            for (var i = 0; i < queues.Count; i++)
            {
                if (queues[i].Queue is { } code && plan.Configuration.Queue(code) is null)
                {
                    Note("queue", code, $"{Path(prefix, "slots")}[{s}].queues[{i}].queue");
                }
            }

            var centres = slots[s].Centres ?? [];
            for (var i = 0; i < centres.Count; i++)
            {
                if (centres[i].Centre is { } code && plan.Configuration.Centre(code) is null)
                {
                    Note("centre", code, $"{Path(prefix, "slots")}[{s}].centres[{i}].centre");
                }
            }
        }

        foreach (var ((kind, code), (path, count)) in unknown)
        {
            errors.Add(path, count == 1
                ? $"Plan version {plan.Version} has no {kind} '{code}'."
                : $"Plan version {plan.Version} has no {kind} '{code}' (named in {count} half hours).");
        }

        var patience = profile.Patience ?? [];
        for (var i = 0; i < patience.Count; i++)
        {
            if (patience[i].Queue is { } code && plan.Configuration.Queue(code) is null)
            {
                errors.Add($"{Path(prefix, "patience")}[{i}].queue", $"Plan version {plan.Version} has no queue '{code}'.");
            }
        }

        return errors.ToDictionary();
    }

    private static void ValidateProfile(ArrivalProfile profile, string prefix, Errors errors)
    {
        var slotsPath = Path(prefix, "slots");
        if (profile.Name is { Length: > 200 })
        {
            errors.Add(Path(prefix, "name"), "A profile name has at most 200 characters.");
        }

        if (profile.Slots is null)
        {
            errors.Add(slotsPath, $"A profile has {ArrivalProfile.SlotsPerDay} half hours, the first starting at 00:00.");
            return;
        }

        if (profile.Slots.Count != ArrivalProfile.SlotsPerDay)
        {
            errors.Add(slotsPath, $"A profile has {ArrivalProfile.SlotsPerDay} half hours, the first starting at 00:00; this one has {profile.Slots.Count}.");
            return;
        }

        for (var s = 0; s < profile.Slots.Count; s++)
        {
            var slotPath = $"{slotsPath}[{s}]";
            var slot = profile.Slots[s];
            if (slot is null)
            {
                errors.Add(slotPath, "Each half hour needs its queues and centres (either may be an empty list).");
                continue;
            }

            if (slot.Queues is null)
            {
                errors.Add($"{slotPath}.queues", "List the queues' calls in this half hour (an empty list for none).");
            }
            else
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                for (var i = 0; i < slot.Queues.Count; i++)
                {
                    ValidateArrivals(slot.Queues[i], $"{slotPath}.queues[{i}]", seen, errors);
                }
            }

            if (slot.Centres is null)
            {
                errors.Add($"{slotPath}.centres", "List the centres' agents on duty in this half hour (an empty list for none).");
            }
            else
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                for (var i = 0; i < slot.Centres.Count; i++)
                {
                    var path = $"{slotPath}.centres[{i}]";
                    var staffing = slot.Centres[i];
                    if (staffing is null || string.IsNullOrWhiteSpace(staffing.Centre))
                    {
                        errors.Add($"{path}.centre", "Name the centre by its code.");
                        continue;
                    }

                    if (!seen.Add(staffing.Centre))
                    {
                        errors.Add($"{path}.centre", $"Centre '{staffing.Centre}' is listed twice in this half hour.");
                    }

                    if (staffing.Agents is < 0 or > MaxAgents)
                    {
                        errors.Add($"{path}.agents", $"Agents on duty must be between 0 and {MaxAgents}.");
                    }
                }
            }
        }

        var patience = profile.Patience ?? [];
        var patienceSeen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < patience.Count; i++)
        {
            var path = $"{Path(prefix, "patience")}[{i}]";
            if (patience[i] is null || string.IsNullOrWhiteSpace(patience[i].Queue))
            {
                errors.Add($"{path}.queue", "Name the queue by its code.");
                continue;
            }

            if (!patienceSeen.Add(patience[i].Queue!))
            {
                errors.Add($"{path}.queue", $"Queue '{patience[i].Queue}' has its patience given twice.");
            }

            if (!double.IsFinite(patience[i].AverageSeconds) || patience[i].AverageSeconds <= 0 || patience[i].AverageSeconds > MaxPatienceSeconds)
            {
                errors.Add($"{path}.averageSeconds", $"The average patience must be more than 0 and at most {MaxPatienceSeconds:N0} seconds.");
            }
        }
    }

    private static void ValidateArrivals(QueueArrivals? arrivals, string path, HashSet<string> seen, Errors errors)
    {
        if (arrivals is null || string.IsNullOrWhiteSpace(arrivals.Queue))
        {
            errors.Add($"{path}.queue", "Name the queue by its code.");
            return;
        }

        if (!seen.Add(arrivals.Queue))
        {
            errors.Add($"{path}.queue", $"Queue '{arrivals.Queue}' is listed twice in this half hour.");
        }

        if (!double.IsFinite(arrivals.Calls) || arrivals.Calls < 0 || arrivals.Calls > MaxCallsPerHalfHour)
        {
            errors.Add($"{path}.calls", $"Calls in a half hour must be between 0 and {MaxCallsPerHalfHour:N0}.");
        }

        if (!double.IsFinite(arrivals.AverageHandlingSeconds) || arrivals.AverageHandlingSeconds < 0 || arrivals.AverageHandlingSeconds > MaxAverageHandlingSeconds)
        {
            errors.Add($"{path}.averageHandlingSeconds", $"The average handling time must be between 0 and {MaxAverageHandlingSeconds:N0} seconds.");
        }
        else if (arrivals.Calls > 0 && arrivals.AverageHandlingSeconds == 0)
        {
            errors.Add($"{path}.averageHandlingSeconds", "Calls need an average handling time of more than 0 seconds.");
        }
    }

    private static string Path(string prefix, string field) => prefix.Length == 0 ? field : $"{prefix}.{field}";

    /// <summary>Field → messages, in the order found, at most <see cref="MaxErrors"/> fields.</summary>
    private sealed class Errors
    {
        private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

        public int Count => _errors.Count;

        public void Add(string field, string message)
        {
            if (_errors.TryGetValue(field, out var messages))
            {
                messages.Add(message);
            }
            else if (_errors.Count < MaxErrors)
            {
                _errors[field] = [message];
            }
        }

        public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }
}

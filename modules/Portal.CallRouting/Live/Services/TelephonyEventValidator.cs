using System.Globalization;
using System.Text.RegularExpressions;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Live.Models;
using Portal.Contracts;
using Portal.Contracts.Routing;

namespace Portal.CallRouting.Live.Services;

/// <summary>
/// Checks a request's telephony events before any of them is published: all or nothing, so a batch with one bad
/// event leaves the live state as it was. Every problem is reported with its field path, not only the first.
/// </summary>
internal static partial class TelephonyEventValidator
{
    public const int MaxCallIdLength = 100;
    public const int MaxCodeLength = 50;
    public const int MaxReasonLength = 500;
    public const int MaxAgents = 100_000;

    /// <summary>Clocks drift: an event up to this far ahead of the portal's clock is accepted.</summary>
    public static readonly TimeSpan AllowedClockSkew = TimeSpan.FromMinutes(2);

    public static TelephonyEventValidation Validate(IReadOnlyList<(string Path, TelephonyEventInput Input)> items,
        RoutingConfiguration configuration, string tenant, string reportedBy, DateTimeOffset now)
    {
        var malformed = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var unknown = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var events = new List<IIntegrationEvent>(items.Count);
        foreach (var (path, input) in items)
        {
            var check = new Check(path, malformed, now);
            if (!check.Kind(input.Type))
            {
                continue;
            }

            var type = input.Type!;
            check.OnlyFieldsOf(type, input);
            var fields = TelephonyEventKind.Fields[type];
            var callId = fields.Contains("callId") ? check.CallId(input.CallId) : null;
            var queue = fields.Contains("queue") ? check.Code("queue", input.Queue) : null;
            var centre = fields.Contains("centre") ? check.Code("centre", input.Centre) : null;
            var at = check.Time("at", input.At);
            var offeredAt = fields.Contains("offeredAt") ? check.Time("offeredAt", input.OfferedAt) : null;
            var state = fields.Contains("state") ? check.State(input.State) : null;
            var reason = fields.Contains("reason") ? check.Reason(input.Reason) : null;
            var agents = fields.Contains("availableAgents") ? check.Agents(input.AvailableAgents) : null;
            if (offeredAt is not null && at is not null && offeredAt > at)
            {
                check.Add("offeredAt", "A call cannot be offered after it was answered: offeredAt must not be later than at.");
            }

            if (queue is not null && configuration.Queue(queue) is null)
            {
                unknown[Check.Field(path, "queue")] = [$"The force has no queue '{queue}'."];
            }

            if (centre is not null && configuration.Centre(centre) is null)
            {
                unknown[Check.Field(path, "centre")] = [$"The force has no contact centre '{centre}'."];
            }

            if (check.Failed || at is null)
            {
                continue;
            }

            events.Add(type switch
            {
                TelephonyEventKind.CallOffered => new CallOffered(tenant, callId!, queue!, at.Value),
                TelephonyEventKind.CallAnswered => new CallAnswered(tenant, callId!, queue!, centre!, offeredAt!.Value, at.Value),
                TelephonyEventKind.CallAbandoned => new CallAbandoned(tenant, callId!, queue!, at.Value),
                TelephonyEventKind.CentreStateChanged => new CentreStateChanged(tenant, centre!, state!.Value.ToString(), reason!, reportedBy, at.Value),
                _ => new AgentsAvailableChanged(tenant, centre!, agents!.Value, at.Value),
            });
        }

        return new TelephonyEventValidation(malformed, unknown, events);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoTimeWithOffset();

    private sealed class Check(string path, Dictionary<string, string[]> errors, DateTimeOffset now)
    {
        public bool Failed { get; private set; }

        public static string Field(string path, string field) => path.Length == 0 ? field : $"{path}.{field}";

        public void Add(string field, string message)
        {
            Failed = true;
            var key = Field(path, field);
            errors[key] = errors.TryGetValue(key, out var known) ? [.. known, message] : [message];
        }

        public bool Kind(string? type)
        {
            if (type is not null && TelephonyEventKind.Fields.ContainsKey(type))
            {
                return true;
            }

            Add("type", $"Say which event this is: {string.Join(", ", TelephonyEventKind.Fields.Keys)}.");
            return false;
        }

        public void OnlyFieldsOf(string type, TelephonyEventInput input)
        {
            var allowed = TelephonyEventKind.Fields[type];
            foreach (var (field, present) in new (string, bool)[]
            {
                ("callId", input.CallId is not null), ("queue", input.Queue is not null), ("centre", input.Centre is not null),
                ("offeredAt", input.OfferedAt is not null), ("state", input.State is not null), ("reason", input.Reason is not null),
                ("availableAgents", input.AvailableAgents is not null),
            })
            {
                if (present && !allowed.Contains(field))
                {
                    Add(field, $"'{field}' is not a field of a {type} event.");
                }
            }
        }

        public string? CallId(string? value)
        {
            if (string.IsNullOrEmpty(value) || value.Length > MaxCallIdLength || value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            {
                Add("callId", $"Enter the platform's call id: 1 to {MaxCallIdLength} characters, no spaces.");
                return null;
            }

            return value;
        }

        public string? Code(string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value) || value.Length > MaxCodeLength || value.Any(char.IsControl))
            {
                Add(field, $"Enter the {field}'s code (1 to {MaxCodeLength} characters).");
                return null;
            }

            return value;
        }

        public DateTimeOffset? Time(string field, string? value)
        {
            if (value is null || !IsoTimeWithOffset().IsMatch(value)
                || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            {
                Add(field, "Enter the time in ISO 8601 with its offset, for example 2026-11-27T09:00:00Z.");
                return null;
            }

            if (at > now + AllowedClockSkew)
            {
                Add(field, "The time is in the future: check the sending system's clock.");
                return null;
            }

            return at;
        }

        public CentreServiceState? State(string? value)
        {
            // Names only: Enum.TryParse would also take "3".
            var state = Enum.GetValues<CentreServiceState>().Where(s => string.Equals(s.ToString(), value, StringComparison.OrdinalIgnoreCase)).Cast<CentreServiceState?>().FirstOrDefault();
            if (state is null)
            {
                Add("state", $"Enter one of {string.Join(", ", Enum.GetNames<CentreServiceState>())}.");
            }

            return state;
        }

        public string? Reason(string? value)
        {
            if (string.IsNullOrWhiteSpace(value) || value.Length > MaxReasonLength)
            {
                Add("reason", $"Say why the state changed (1 to {MaxReasonLength} characters).");
                return null;
            }

            return value.Trim();
        }

        public int? Agents(int? value)
        {
            if (value is null or < 0 or > MaxAgents)
            {
                Add("availableAgents", $"Enter the number of agents free, 0 to {MaxAgents}.");
                return null;
            }

            return value;
        }
    }
}

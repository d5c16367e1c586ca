using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Portal.Publications.Reports.Domain;
using Portal.Publications.Reports.Models;
using Portal.Publications.Reports.Services;

namespace Portal.Publications.Recipes.Services;

/// <summary>
/// Reads a <c>publications</c> step and checks every report before anything is written: its shape, a reference used
/// once in the step, and the same content rules a report must pass to go to review (every section classified, known
/// section kinds, Part 2 with its exemption and release condition). The module's services check everything again when
/// the seeder stores the reports, so a recipe cannot get past what the authoring API refuses.
/// </summary>
public static class PublicationSeedReader
{
    private static readonly HashSet<string> KnownFields = new(StringComparer.Ordinal) { "name", "reports" };

    // Unknown fields are refused (a misspelt field would otherwise be dropped without a word), and section kinds are
    // names only: a number would silently mean whichever kind has that value today.
    private static readonly JsonSerializerOptions InputOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    /// <summary>The reports, or null with the reasons (each naming the report and the field) in <paramref name="errors"/>.</summary>
    public static IReadOnlyList<ReportInput>? Read(JsonObject data, List<string> errors)
    {
        foreach (var unknown in data.Select(p => p.Key).Where(k => !KnownFields.Contains(k)))
        {
            errors.Add($"'{unknown}' is not a field of the publications step (use reports).");
        }

        if (data["reports"] is not JsonArray array)
        {
            errors.Add("reports: must be an array of reports.");
            return null;
        }

        var reports = new List<ReportInput>();
        var references = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < array.Count; i++)
        {
            if (ReadReport(array[i], $"reports[{i}]", errors) is not { } input)
            {
                continue;
            }

            var item = $"reports[{i}] ({input.Reference})";
            foreach (var error in Check(input))
            {
                errors.Add($"{item}: {error.Field}: {error.Message}");
            }

            if (ReportReference.Normalise(input.Reference) is { } reference && !references.Add(reference))
            {
                errors.Add($"{item}: reference: the step has another report {reference}.");
            }

            reports.Add(input);
        }

        return errors.Count > 0 ? null : reports;
    }

    private static ReportInput? ReadReport(JsonNode? node, string item, List<string> errors)
    {
        if (node is not JsonObject report)
        {
            errors.Add($"{item}: must be an object.");
            return null;
        }

        try
        {
            return report.Deserialize<ReportInput>(InputOptions) ?? throw new JsonException("The report is empty.");
        }
        catch (JsonException ex)
        {
            var field = ex.Path is { Length: > 2 } path ? path[2..] : "report";
            errors.Add($"{item}: {field}: {Reason(field, ex)}");
            return null;
        }
    }

    // The serializer's message names CLR types; a recipe author needs the values the field takes. The field's name
    // (from the path) says which enum failed: the message spells nullable enums in ways not worth parsing.
    private static string Reason(string field, JsonException ex)
    {
        if (field.EndsWith("kind", StringComparison.Ordinal))
        {
            return $"must be one of {string.Join(", ", Enum.GetNames<Part1SectionKind>())}.";
        }

        if (field.EndsWith("releaseCondition", StringComparison.Ordinal))
        {
            return $"must be one of {string.Join(", ", Enum.GetNames<ReleaseConditionKind>())}.";
        }

        var message = ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    /// <summary>The rules a report must pass to be submitted, applied to a scratch copy (nothing is stored).</summary>
    private static IEnumerable<FieldError> Check(ReportInput input)
    {
        var scratch = new DecisionReport { Id = Guid.NewGuid(), Reference = ReportReference.Normalise(input.Reference) ?? input.Reference ?? "" };
        var mapping = ReportInputMapper.Apply(scratch, input);
        return mapping.Concat(ReportContentRules.ValidateForReview(scratch))
            .DistinctBy(e => (e.Field, e.Message));
    }
}

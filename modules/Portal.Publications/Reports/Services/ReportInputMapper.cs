using Portal.Publications.Reports.Domain;
using Portal.Publications.Reports.Models;

namespace Portal.Publications.Reports.Services;

/// <summary>
/// Copies an input document onto a working copy. What cannot even be read into the domain (an unknown marking, a
/// Part 2 section without body that names no stored section) becomes a field error here; the domain rules check the rest.
/// </summary>
internal static class ReportInputMapper
{
    public static IReadOnlyList<FieldError> Apply(DecisionReport report, ReportInput input)
    {
        var errors = new List<FieldError>();
        report.Title = input.Title?.Trim() ?? "";
        report.Summary = input.Summary?.Trim() ?? "";
        report.DecisionMaker = input.DecisionMaker?.Trim() ?? "";
        report.DecisionDate = input.DecisionDate ?? default;
        report.Tags = (input.Tags ?? []).Select(t => t?.Trim() ?? "").ToList();

        var part1 = input.Part1 ?? [];
        report.Part1 = part1.Select((s, i) => new Part1Section
        {
            Id = Guid.NewGuid(),
            ReportId = report.Id,
            Position = i,
            Kind = s?.Kind ?? default,
            Heading = string.IsNullOrWhiteSpace(s?.Heading) && s?.Kind is { } kind && Part1SectionCatalogue.IsKnown(kind)
                ? Part1SectionCatalogue.DefaultHeading(kind)
                : s?.Heading?.Trim() ?? "",
            Body = s?.Body ?? "",
            Classification = ReadClassification(errors, $"part1[{i}].classification", s?.Classification),
        }).ToList();

        // A kept section stays the same tracked object (same id), so the store updates it rather than delete and insert.
        var stored = report.Part2.ToDictionary(s => s.Id);
        var part2 = input.Part2 ?? [];
        var used = new HashSet<Guid>();
        report.Part2 = part2.Select((s, i) => Part2Section(errors, report, i, s, stored, used)).ToList();
        return errors;
    }

    private static Part2Section Part2Section(List<FieldError> errors, DecisionReport report, int i, Part2SectionInput? input, Dictionary<Guid, Part2Section> stored, HashSet<Guid> used)
    {
        var body = Part2Body(errors, i, input, stored);
        if (input?.Id is { } twice && !used.Add(twice))
        {
            errors.Add(new($"part2[{i}].id", "Name each section once."));
            return new Part2Section { Id = Guid.NewGuid(), ReportId = report.Id };
        }

        var section = input?.Id is { } id && stored.TryGetValue(id, out var existing)
            ? existing
            : new Part2Section { Id = Guid.NewGuid(), ReportId = report.Id };
        var releaseOn = input?.ReleaseOn ?? default;
        if (section.ReleaseOn != releaseOn)
        {
            // A new release date is a new review task.
            section.ReleaseReviewedAt = null;
            section.ReleaseReviewedBy = null;
        }

        section.Position = i;
        section.Heading = input?.Heading?.Trim() ?? "";
        section.Body = body;
        section.Classification = ReadClassification(errors, $"part2[{i}].classification", input?.Classification);
        section.ExemptionBasis = input?.ExemptionBasis?.Trim() ?? "";
        section.ReleaseCondition = input?.ReleaseCondition ?? default;
        section.ReleaseOn = releaseOn;
        section.ContractName = string.IsNullOrWhiteSpace(input?.ContractName) ? null : input.ContractName.Trim();
        return section;
    }

    // The authoring API never sends a Part 2 body out, so leaving it out keeps what is stored.
    private static string Part2Body(List<FieldError> errors, int i, Part2SectionInput? section, Dictionary<Guid, Part2Section> stored)
    {
        if (section?.Body is not null)
        {
            return section.Body;
        }

        if (section?.Id is { } id && stored.TryGetValue(id, out var existing))
        {
            return existing.Body;
        }

        if (section?.Id is not null)
        {
            errors.Add(new($"part2[{i}].id", "This report has no Part 2 section with that id: send the section's body."));
        }

        return "";
    }

    private static Classification ReadClassification(List<FieldError> errors, string field, string? value)
    {
        if (value is null)
        {
            return default;
        }

        if (ClassificationMarkings.Parse(value) is { } classification)
        {
            return classification;
        }

        errors.Add(new(field, "Choose OFFICIAL-PUBLIC or OFFICIAL-SENSITIVE."));
        return default;
    }
}

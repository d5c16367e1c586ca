namespace Portal.Publications.Reports.Domain;

/// <summary>
/// What a report must hold before it may leave draft, and what every stored report must satisfy. The rules that keep
/// Part 2 out of public view live here: every section and attachment carries a classification chosen on purpose;
/// Part 1 sections are OFFICIAL-PUBLIC (they are published); Part 2 sections are OFFICIAL-SENSITIVE with an exemption
/// basis and a release condition.
/// </summary>
public static class ReportContentRules
{
    /// <summary>The errors of a report's fields and sections; empty when it may be stored.</summary>
    public static IReadOnlyList<FieldError> Validate(DecisionReport report)
    {
        var errors = new List<FieldError>();
        if (!ReportReference.IsValid(report.Reference))
        {
            errors.Add(new("reference", $"Enter a reference of letters and digits, with hyphens between them, at most {ReportLimits.Reference} characters."));
        }

        Text(errors, "title", report.Title, ReportLimits.Title, "Enter a title.");
        Text(errors, "summary", report.Summary, ReportLimits.Summary, "Enter a summary.");
        Text(errors, "decisionMaker", report.DecisionMaker, ReportLimits.DecisionMaker, "Enter the decision maker.");
        if (report.DecisionDate == default)
        {
            errors.Add(new("decisionDate", "Enter the decision date."));
        }

        ValidateTags(errors, report.Tags);
        ValidatePart1(errors, report.Part1);
        ValidatePart2(errors, report.Part2);
        ValidateAttachments(errors, report.Attachments);
        return errors;
    }

    /// <summary>What must hold on top of <see cref="Validate"/> before a report goes to review: something to read in Part 1.</summary>
    public static IReadOnlyList<FieldError> ValidateForReview(DecisionReport report)
    {
        var errors = Validate(report).ToList();
        if (report.Part1.Count == 0)
        {
            errors.Add(new("part1", "Add at least one Part 1 section."));
        }

        return errors;
    }

    private static void ValidateTags(List<FieldError> errors, IReadOnlyList<string> tags)
    {
        if (tags.Count > ReportLimits.Tags)
        {
            errors.Add(new("tags", $"Enter at most {ReportLimits.Tags} tags."));
        }

        for (var i = 0; i < tags.Count; i++)
        {
            Text(errors, $"tags[{i}]", tags[i], ReportLimits.Tag, "Enter the tag, or remove it.");
        }

        if (tags.Distinct(StringComparer.OrdinalIgnoreCase).Count() != tags.Count)
        {
            errors.Add(new("tags", "Enter each tag once."));
        }
    }

    private static void ValidatePart1(List<FieldError> errors, IReadOnlyList<Part1Section> sections)
    {
        if (sections.Count > ReportLimits.Sections)
        {
            errors.Add(new("part1", $"A part has at most {ReportLimits.Sections} sections."));
        }

        foreach (var (section, i) in sections.OrderBy(s => s.Position).Select((s, i) => (s, i)))
        {
            var path = $"part1[{i}]";
            if (!Part1SectionCatalogue.IsKnown(section.Kind))
            {
                errors.Add(new($"{path}.kind", "Choose the kind of section."));
            }

            Text(errors, $"{path}.heading", section.Heading, ReportLimits.Heading, "Enter the section heading.");
            Body(errors, $"{path}.body", section.Body);
            if (!Enum.IsDefined(section.Classification))
            {
                errors.Add(new($"{path}.classification", "Choose the classification of the section."));
            }
            else if (section.Classification != Classification.OfficialPublic)
            {
                errors.Add(new($"{path}.classification", "Part 1 is published: its sections must be OFFICIAL-PUBLIC. Put sensitive content in Part 2."));
            }
        }
    }

    private static void ValidatePart2(List<FieldError> errors, IReadOnlyList<Part2Section> sections)
    {
        if (sections.Count > ReportLimits.Sections)
        {
            errors.Add(new("part2", $"A part has at most {ReportLimits.Sections} sections."));
        }

        foreach (var (section, i) in sections.OrderBy(s => s.Position).Select((s, i) => (s, i)))
        {
            var path = $"part2[{i}]";
            Text(errors, $"{path}.heading", section.Heading, ReportLimits.Heading, "Enter the section heading.");
            Body(errors, $"{path}.body", section.Body);
            if (!Enum.IsDefined(section.Classification))
            {
                errors.Add(new($"{path}.classification", "Choose the classification of the section."));
            }
            else if (section.Classification != Classification.OfficialSensitive)
            {
                errors.Add(new($"{path}.classification", "Part 2 is exempt from publication: its sections must be OFFICIAL-SENSITIVE."));
            }

            Text(errors, $"{path}.exemptionBasis", section.ExemptionBasis, ReportLimits.ExemptionBasis, "Enter the exemption the section is withheld under, for example \"Section 43, commercial interests\".");
            ValidateRelease(errors, path, section);
        }
    }

    private static void ValidateRelease(List<FieldError> errors, string path, Part2Section section)
    {
        if (!Enum.IsDefined(section.ReleaseCondition))
        {
            errors.Add(new($"{path}.releaseCondition", "Choose when the section may be considered for release: a fixed date or a contract's expiry."));
            return;
        }

        if (section.ReleaseOn == default)
        {
            errors.Add(new($"{path}.releaseOn", section.ReleaseCondition == ReleaseConditionKind.ContractExpiry
                ? "Enter the date the contract expires."
                : "Enter the date the section may be considered for release."));
        }

        if (section.ReleaseCondition == ReleaseConditionKind.ContractExpiry)
        {
            Text(errors, $"{path}.contractName", section.ContractName, ReportLimits.ContractName, "Enter the name of the contract whose expiry releases the section.");
        }
        else if (!string.IsNullOrEmpty(section.ContractName))
        {
            errors.Add(new($"{path}.contractName", "A section released on a fixed date names no contract."));
        }
    }

    private static void ValidateAttachments(List<FieldError> errors, IReadOnlyList<ReportAttachment> attachments)
    {
        var current = attachments.Where(a => a.RemovedAt is null).ToList();
        if (current.Count > ReportLimits.Attachments)
        {
            errors.Add(new("attachments", $"A report has at most {ReportLimits.Attachments} attachments."));
        }

        for (var i = 0; i < current.Count; i++)
        {
            if (!Enum.IsDefined(current[i].Classification))
            {
                errors.Add(new($"attachments[{i}].classification", "Choose the classification of the attachment."));
            }
        }
    }

    private static void Text(List<FieldError> errors, string field, string? value, int max, string missing)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, missing));
        }
        else if (value.Length > max)
        {
            errors.Add(new(field, $"Enter at most {max} characters."));
        }
    }

    private static void Body(List<FieldError> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, "Enter the text of the section."));
        }
        else if (value.Length > ReportLimits.Body)
        {
            errors.Add(new(field, $"Enter at most {ReportLimits.Body:N0} characters."));
        }
    }
}

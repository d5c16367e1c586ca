namespace Portal.Publications.Reports.Domain;

/// <summary>What is wrong with one input field; <see cref="Field"/> is its JSON path ("part2[1].exemptionBasis").</summary>
public sealed record FieldError(string Field, string Message);

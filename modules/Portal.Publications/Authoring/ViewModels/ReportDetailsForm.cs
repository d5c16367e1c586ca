namespace Portal.Publications.Authoring.ViewModels;

/// <summary>
/// The report's details as the create and edit forms post them: text as typed, so a refused form comes back as it was
/// sent. <see cref="Version"/> is the report's version the edit form was drawn from (empty when creating): a stale one is 409.
/// </summary>
public sealed class ReportDetailsForm
{
    public string? Version { get; set; }

    public string? Reference { get; set; }

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public string? DecisionMaker { get; set; }

    public string? DecisionDay { get; set; }

    public string? DecisionMonth { get; set; }

    public string? DecisionYear { get; set; }

    /// <summary>Separated by commas.</summary>
    public string? Tags { get; set; }
}

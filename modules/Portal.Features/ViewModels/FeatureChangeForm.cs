namespace Portal.Features.ViewModels;

/// <summary>
/// One Enable or Disable button as posted: the feature, the action, the tenant version the page showed (so a
/// change made meanwhile by someone else is refused rather than overwritten), and whether the person has seen
/// and confirmed what else a disable takes along.
/// </summary>
public sealed class FeatureChangeForm
{
    public string? FeatureId { get; set; }
    public string? Action { get; set; }
    public string? VersionId { get; set; }
    public bool Confirmed { get; set; }

    public bool IsDisable => string.Equals(Action, "disable", StringComparison.Ordinal);
}

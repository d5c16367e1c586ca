namespace Portal.CallRouting.Plans.ViewModels;

/// <summary>The form for what a queue does when no rule fires.</summary>
public sealed class DefaultActionsForm
{
    public string? ETag { get; set; }
    public List<ActionRow> Actions { get; set; } = [];
}

namespace Portal.CallRouting.Plans.ViewModels;

/// <summary>The rule form: the rule's fields, its condition rows and action rows, and the ETag of the draft it edits.</summary>
public sealed class RuleForm
{
    public string? ETag { get; set; }
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Priority { get; set; }
    public List<ConditionRow> Conditions { get; set; } = [];
    public List<ActionRow> Actions { get; set; } = [];
}

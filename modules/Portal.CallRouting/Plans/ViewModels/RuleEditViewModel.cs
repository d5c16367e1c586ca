using Portal.CallRouting.Domain;

namespace Portal.CallRouting.Plans.ViewModels;

/// <summary>The rule form page of one queue's policy in a draft (<see cref="RuleIndex"/> null: a new rule).</summary>
public sealed record RuleEditViewModel(int Number, int QueueIndex, string QueueCode, int? RuleIndex, RuleForm Form, RoutingConfiguration Configuration);

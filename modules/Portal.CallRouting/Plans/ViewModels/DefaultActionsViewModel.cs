using Portal.CallRouting.Domain;

namespace Portal.CallRouting.Plans.ViewModels;

/// <summary>The page for what one queue does when no rule fires.</summary>
public sealed record DefaultActionsViewModel(int Number, int QueueIndex, string QueueCode, DefaultActionsForm Form, RoutingConfiguration Configuration);

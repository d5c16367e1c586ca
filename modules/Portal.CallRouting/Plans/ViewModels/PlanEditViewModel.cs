using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Plans.Models;

namespace Portal.CallRouting.Plans.ViewModels;

/// <summary>The draft editor: the document by queue, the queues that have no policy yet, and the JSON of the whole document.</summary>
public sealed record PlanEditViewModel(RoutingPlanVersion Version, RoutingPlanDocument Document, IReadOnlyList<string> QueuesWithoutPolicy, string Json);

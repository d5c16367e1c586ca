using Portal.CallRouting.Configuration.Models;

namespace Portal.CallRouting.Configuration.ViewModels;

/// <summary>The delete confirmation of a centre; <see cref="Queues"/> it still serves block the deletion.</summary>
public sealed record CentreDeleteViewModel(CentreResponse Centre, IReadOnlyList<string> Queues);

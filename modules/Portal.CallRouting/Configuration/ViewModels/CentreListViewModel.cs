using Portal.CallRouting.Configuration.Models;

namespace Portal.CallRouting.Configuration.ViewModels;

public sealed record CentreListViewModel(IReadOnlyList<CentreResponse> Centres, bool CanEdit);

using Portal.CallRouting.Configuration.Models;

namespace Portal.CallRouting.Configuration.ViewModels;

public sealed record CentreHistoryViewModel(CentreResponse Centre, IReadOnlyList<CentreStateChangeResponse> Changes);

using Portal.CallRouting.Configuration.Models;

namespace Portal.CallRouting.Configuration.ViewModels;

public sealed record QueueListViewModel(IReadOnlyList<QueueResponse> Queues, bool CanEdit);

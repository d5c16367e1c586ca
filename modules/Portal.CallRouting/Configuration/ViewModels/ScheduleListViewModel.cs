using Portal.CallRouting.Configuration.Models;

namespace Portal.CallRouting.Configuration.ViewModels;

public sealed record ScheduleListViewModel(IReadOnlyList<ScheduleResponse> Schedules, bool CanEdit);

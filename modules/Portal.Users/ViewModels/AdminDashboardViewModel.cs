using Portal.Abstractions.Navigation;

namespace Portal.Users.ViewModels;

/// <summary>The admin area's sections this user may open, from the admin menu.</summary>
public sealed record AdminDashboardViewModel(IReadOnlyList<NavigationItem> Sections);

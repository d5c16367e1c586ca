namespace Portal.Tenants.ViewModels;

public sealed record TenantListViewModel(IReadOnlyList<TenantRow> Tenants, bool CanManage);

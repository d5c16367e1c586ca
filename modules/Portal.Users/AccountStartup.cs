using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Navigation;
using Portal.Users.Navigation;

namespace Portal.Users;

/// <summary>The self-service "Your account" pages; its controller only exists in tenants with this feature.</summary>
[Feature("Portal.Users.Account")]
public sealed class AccountStartup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<INavigationProvider, YourAccountNavigation>();
}

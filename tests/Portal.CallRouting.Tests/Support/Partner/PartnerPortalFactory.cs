using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.CallRouting.Plans;

namespace Portal.CallRouting.Tests.Support.Partner;

/// <summary>
/// The agreements portal (real stores, in-memory bus, forces met, city and kent) with <see cref="PartnerTestPlans"/> as
/// the published plan, so that met's decisions can overflow to city under an agreement the test makes.
/// </summary>
public sealed class PartnerPortalFactory : AgreementsPortalFactory
{
    public PartnerTestPlans Plans { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IPublishedPlanSource>(Plans));
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Abstractions.Data;
using Portal.Abstractions.Messaging;
using Portal.Abstractions.Navigation;
using Portal.CallRouting.Agreements.Data;
using Portal.CallRouting.Agreements.Events;
using Portal.CallRouting.Agreements.Navigation;
using Portal.CallRouting.Agreements.Services;
using Portal.Contracts.Routing;

namespace Portal.CallRouting.Agreements;

/// <summary>
/// Registers the overflow agreements: store, service, the events between forces (admission and handlers), the partner
/// overflow figures and contingency notices, API.
/// </summary>
public static class OverflowAgreementsServiceCollectionExtensions
{
    public static IServiceCollection AddOverflowAgreements(this IServiceCollection services)
    {
        services.AddTenantDbContext<OverflowAgreementsDbContext, OverflowAgreementsSqliteDbContext, OverflowAgreementsPostgresDbContext>(OverflowAgreementsDbContext.Module);
        services.AddScoped<PartnerForces>();
        services.AddScoped<ProposalValidator>();
        services.AddScoped<OverflowAgreementService>();
        services.TryAddScoped<IOverflowAgreements, StoredOverflowAgreements>();
        services.AddScoped<IPartnerOverflowFeed, PartnerOverflowFeed>();
        services.AddScoped<IPartnerOverflowNotifier, PartnerOverflowNotifier>();
        services.TryAddScoped<IOverflowLoad, StoredOverflowLoad>();
        services.AddScoped<INavigationProvider, OverflowAgreementsNavigation>();

        // The consent and the handlers of the events between forces: without this module a tenant admits none of them.
        services.AddScoped<AgreementEventAdmission>();
        services.AddScoped<ICrossTenantAdmission<OverflowAgreementProposed>>(sp => sp.GetRequiredService<AgreementEventAdmission>());
        services.AddScoped<ICrossTenantAdmission<OverflowAgreementAccepted>>(sp => sp.GetRequiredService<AgreementEventAdmission>());
        services.AddScoped<ICrossTenantAdmission<OverflowAgreementDeclined>>(sp => sp.GetRequiredService<AgreementEventAdmission>());
        services.AddScoped<ICrossTenantAdmission<OverflowAgreementRevoked>>(sp => sp.GetRequiredService<AgreementEventAdmission>());
        services.AddScoped<ICrossTenantAdmission<CallOverflowedToPartner>>(sp => sp.GetRequiredService<AgreementEventAdmission>());
        services.AddScoped<AgreementEventHandler>();
        services.AddScoped<IIntegrationEventHandler<OverflowAgreementProposed>>(sp => sp.GetRequiredService<AgreementEventHandler>());
        services.AddScoped<IIntegrationEventHandler<OverflowAgreementAccepted>>(sp => sp.GetRequiredService<AgreementEventHandler>());
        services.AddScoped<IIntegrationEventHandler<OverflowAgreementDeclined>>(sp => sp.GetRequiredService<AgreementEventHandler>());
        services.AddScoped<IIntegrationEventHandler<OverflowAgreementRevoked>>(sp => sp.GetRequiredService<AgreementEventHandler>());
        services.AddScoped<IIntegrationEventHandler<CallOverflowedToPartner>>(sp => sp.GetRequiredService<AgreementEventHandler>());

        // What partners tell each other while an agreement runs: contingencies, and the end of overflowed calls.
        services.AddScoped<PartnerActivityAdmission>();
        services.AddScoped<ICrossTenantAdmission<PartnerContingencyActivated>>(sp => sp.GetRequiredService<PartnerActivityAdmission>());
        services.AddScoped<ICrossTenantAdmission<PartnerContingencyReverted>>(sp => sp.GetRequiredService<PartnerActivityAdmission>());
        services.AddScoped<ICrossTenantAdmission<OverflowedCallSettled>>(sp => sp.GetRequiredService<PartnerActivityAdmission>());
        services.AddScoped<PartnerActivityHandler>();
        services.AddScoped<IIntegrationEventHandler<PartnerContingencyActivated>>(sp => sp.GetRequiredService<PartnerActivityHandler>());
        services.AddScoped<IIntegrationEventHandler<PartnerContingencyReverted>>(sp => sp.GetRequiredService<PartnerActivityHandler>());
        services.AddScoped<IIntegrationEventHandler<OverflowedCallSettled>>(sp => sp.GetRequiredService<PartnerActivityHandler>());
        services.AddScoped<PartnerCallOutcomeHandler>();
        services.AddScoped<IIntegrationEventHandler<CallAnswered>>(sp => sp.GetRequiredService<PartnerCallOutcomeHandler>());
        services.AddScoped<IIntegrationEventHandler<CallAbandoned>>(sp => sp.GetRequiredService<PartnerCallOutcomeHandler>());
        return services;
    }
}

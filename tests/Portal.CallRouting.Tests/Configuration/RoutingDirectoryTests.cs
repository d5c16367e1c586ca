using Microsoft.Extensions.DependencyInjection;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Tests.Support.Configuration;
using static Portal.CallRouting.Tests.Support.Configuration.RoutingApi;

namespace Portal.CallRouting.Tests.Configuration;

/// <summary>
/// <see cref="IRoutingDirectory"/> and <see cref="ICentreServiceStates"/> in met's container: what decisions read,
/// and that a change through the API is seen at once (the cache is invalidated, not waited out).
/// </summary>
[Collection(RoutingConfigurationCollection.Name)]
public sealed class RoutingDirectoryTests(RoutingConfigurationFactory factory)
{
    [Fact]
    public async Task The_directory_gives_the_configuration_as_the_shared_records_and_sees_changes_at_once()
    {
        using var api = await factory.BearerClientAsync();
        var (schedule, centre, queue) = (NewCode("DS"), NewCode("DC"), NewCode("DQ"));
        await CreateOkAsync(api, "schedules", Schedule(schedule));
        await CreateOkAsync(api, "centres", Centre(centre, schedule));
        await factory.InMetAsync(s => s.GetRequiredService<IRoutingDirectory>().CurrentAsync(CancellationToken.None));
        await CreateOkAsync(api, "queues", Queue(queue, (centre, 2)));

        var configuration = await factory.InMetAsync(s => s.GetRequiredService<IRoutingDirectory>().CurrentAsync(CancellationToken.None));

        Assert.Equal(new ContactCentre(centre, "Centre " + centre, 40, schedule), configuration.Centre(centre));
        var stored = configuration.Queue(queue);
        Assert.NotNull(stored);
        Assert.True(stored.IsEmergency);
        Assert.Equal(DistributionMethod.LongestIdle, stored.Distribution);
        Assert.Equal([new QueueServingCentre(centre, 2)], stored.ServingCentres);
        var hours = configuration.Schedule(schedule);
        Assert.NotNull(hours);
        Assert.True(hours.ClosedOnBankHolidays);
        var monday = Assert.Single(hours.Week, d => d.Day == DayOfWeek.Monday);
        Assert.Equal([new(new TimeOnly(8, 0), new TimeOnly(12, 0)), new(new TimeOnly(13, 0), new TimeOnly(20, 0))], monday.Periods);
        Assert.Equal(new DateOnly(2026, 12, 24), Assert.Single(hours.Overrides).Date);

        await RoutingApi.SendAsync(api, HttpMethod.Delete, "/queues/" + queue);
        var after = await factory.InMetAsync(s => s.GetRequiredService<IRoutingDirectory>().CurrentAsync(CancellationToken.None));
        Assert.Null(after.Queue(queue));
    }

    [Fact]
    public async Task A_centre_never_changed_is_Normal_a_change_is_stored_and_an_unknown_centre_gives_null()
    {
        using var api = await factory.BearerClientAsync();
        var centre = NewCode("SC");
        await CreateOkAsync(api, "centres", Centre(centre));

        var before = await factory.InMetAsync(s => s.GetRequiredService<ICentreServiceStates>().CurrentAsync(CancellationToken.None));
        Assert.Equal(CentreServiceState.Normal, before[centre].State);

        var changed = await factory.InMetAsync(s => s.GetRequiredService<ICentreServiceStates>()
            .ChangeAsync(centre, CentreServiceState.MajorIncidentInProgress, "Major incident declared", "telephony", CancellationToken.None));
        Assert.NotNull(changed);
        Assert.Equal(CentreServiceState.MajorIncidentInProgress, changed.State);

        var after = await factory.InMetAsync(s => s.GetRequiredService<ICentreServiceStates>().CurrentAsync(CancellationToken.None));
        Assert.Equal(CentreServiceState.MajorIncidentInProgress, after[centre].State);
        Assert.Equal("telephony", after[centre].ChangedBy);
        Assert.Equal("Major incident declared", after[centre].Reason);

        var unknown = await factory.InMetAsync(s => s.GetRequiredService<ICentreServiceStates>()
            .ChangeAsync("NO-SUCH-CENTRE", CentreServiceState.Down, "r", "telephony", CancellationToken.None));
        Assert.Null(unknown);
        var states = await factory.InMetAsync(s => s.GetRequiredService<ICentreServiceStates>().CurrentAsync(CancellationToken.None));
        Assert.False(states.ContainsKey("NO-SUCH-CENTRE"));

        var history = await RoutingApi.GetAsync(api, $"/centres/{centre}/history");
        Assert.Equal("MajorIncidentInProgress", Assert.Single(history.Body.EnumerateArray()).GetProperty("state").GetString());
        Assert.Contains("centre-state-changed", await CentresApiTests.AuditActionsAsync(api, centre));
    }
}

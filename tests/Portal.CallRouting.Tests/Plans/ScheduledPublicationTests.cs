using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Platform;
using Portal.CallRouting.Plans;
using Portal.CallRouting.Tests.Support.Plans;
using Portal.Host.Shell;
using static Portal.CallRouting.Tests.Support.Plans.PlanSamples;

namespace Portal.CallRouting.Tests.Plans;

/// <summary>A publication at a set time, on a portal of its own (the test moves its clock).</summary>
public sealed class ScheduledPublicationTests(PlansApiFixture people) : IClassFixture<PlansApiFixture>
{
    [Fact]
    public async Task A_scheduled_version_takes_effect_at_its_time_and_supersedes_the_one_before()
    {
        var current = await PlanSteps.PublishedAsync(people, ValidDocument);
        var at = people.Factory.Clock.GetUtcNow().AddMinutes(5);
        var next = await PlanSteps.PublishedAsync(people, ValidDocument with { ContingencyPlans = [] }, new { at });

        Assert.True(next.Body.GetProperty("scheduled").GetBoolean());
        Assert.False(next.Body.GetProperty("inForce").GetBoolean());
        Assert.Equal(at, next.Body.GetProperty("effectiveAt").GetDateTimeOffset());
        Assert.True((await people.Admin.GetAsync($"/{current.Number}")).Body.GetProperty("inForce").GetBoolean());
        Assert.Equal(current.Number, (await CurrentPlanAsync())!.Version);

        people.Factory.Clock.Advance(TimeSpan.FromMinutes(6));

        var before = await people.Admin.GetAsync($"/{current.Number}");
        var after = await people.Admin.GetAsync($"/{next.Number}");
        Assert.Equal("Superseded", before.Body.GetProperty("state").GetString());
        Assert.Equal(next.Number, before.Body.GetProperty("supersededBy").GetInt32());
        Assert.Equal(at, before.Body.GetProperty("supersededAt").GetDateTimeOffset());
        Assert.True(after.Body.GetProperty("inForce").GetBoolean());
        Assert.Equal(next.Number, (await CurrentPlanAsync())!.Version);

        var history = await people.Admin.GetAsync("");
        history.Is(HttpStatusCode.OK);
        Assert.Single(history.Body.EnumerateArray(), v => v.GetProperty("inForce").GetBoolean());
    }

    private async Task<PublishedRoutingPlan?> CurrentPlanAsync()
    {
        var settings = await people.Factory.Services.GetRequiredService<IShellSettingsManager>().FindAsync("met")
            ?? throw new InvalidOperationException("No tenant met.");
        var shell = await people.Factory.Services.GetRequiredService<ShellHost>().GetOrCreateAsync(settings);
        await using var scope = shell.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IPublishedPlanSource>().CurrentAsync(CancellationToken.None);
    }
}

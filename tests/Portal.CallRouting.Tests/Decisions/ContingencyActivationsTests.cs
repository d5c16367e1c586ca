using Portal.CallRouting.Agreements;
using Portal.CallRouting.Contingency.Models;
using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Tests.Support.Decisions;
using Portal.Contracts.Routing;
using static Portal.CallRouting.Tests.Support.Decisions.DecisionPlanBuilder;

namespace Portal.CallRouting.Tests.Decisions;

/// <summary>Switching contingency plans on and off: stored, audited, published as events, and reverted automatically when the time runs out.</summary>
public sealed class ContingencyActivationsTests : IAsyncLifetime
{
    private ContingencyHarness _harness = null!;

    public Task InitializeAsync()
    {
        _harness = new ContingencyHarness(new DecisionPlanBuilder()
            .WithContingency("evacuate-a", 90, new QueuePolicy("999", [Rule("evac", 1, [], new RouteToCentreAction("B"))], [new ServingCentresAction()]))
            .Build(version: 4));
        _harness.Inputs.Agreements = [new OverflowAgreementTerms("agr-1", "city", "999", 5, null, InOfficeHours.AddDays(30))];
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Activating_stores_audits_and_publishes_with_the_revert_time_and_partners()
    {
        var result = await _harness.RunAsync(a => a.ActivateAsync("evacuate-a", "  Centre A evacuated  ", "inspector@met.example", default));

        Assert.Equal(ContingencyCommandStatus.Done, result.Status);
        Assert.Equal(_harness.Clock.Now.AddMinutes(90), result.Activation!.RevertAt);
        Assert.Equal("Centre A evacuated", result.Activation.Reason);
        Assert.Equal(2, _harness.Outbox.Events.Count);
        var activated = Assert.IsType<ContingencyPlanActivated>(_harness.Outbox.Events[0]);
        Assert.Equal(("met", "evacuate-a", 4, "inspector@met.example"), (activated.TenantId, activated.PlanCode, activated.PlanVersion, activated.ActivatedBy));
        Assert.Equal(["999"], activated.Queues);
        Assert.Equal(["city"], activated.PartnerTenants);
        Assert.True(activated.NotifyPartners);
        // Each partner is told by its own event between forces, in the same transaction.
        var told = Assert.IsType<PartnerContingencyActivated>(_harness.Outbox.Events[1]);
        Assert.Equal(("met", "met", "city", activated.ActivationId, "evacuate-a", "Centre A evacuated"),
            (told.TenantId, told.SourceTenant, told.TargetTenant, told.ActivationId, told.PlanCode, told.Reason));
        Assert.Equal(activated.RevertAt, told.RevertAt);
        Assert.Equal(["999"], told.Queues);
        var audit = Assert.Single(_harness.Audit.Entries);
        Assert.Equal(("contingency-activated", "evacuate-a"), (audit.Action, audit.Subject));

        var active = await _harness.RunAsync(a => a.ActiveAsync(default));
        Assert.Equal("evacuate-a", Assert.Single(active).Code);
        var listed = Assert.Single((await _harness.RunAsync(a => a.ListAsync(default)))!);
        Assert.Equal(result.Activation.Id, listed.Active!.Id);
    }

    [Fact]
    public async Task Activating_twice_is_refused_and_stores_nothing_more()
    {
        await _harness.RunAsync(a => a.ActivateAsync("evacuate-a", "first", "x", default));

        var second = await _harness.RunAsync(a => a.ActivateAsync("evacuate-a", "second", "y", default));

        Assert.Equal(ContingencyCommandStatus.AlreadyActive, second.Status);
        Assert.Equal(2, _harness.Outbox.Events.Count);
        Assert.Single(await _harness.RunAsync(a => a.RecentAsync(10, default)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task A_reason_is_required(string? reason)
    {
        var result = await _harness.RunAsync(a => a.ActivateAsync("evacuate-a", reason, "x", default));

        Assert.Equal(ContingencyCommandStatus.Invalid, result.Status);
        Assert.Contains("reason", result.Errors.Keys);
        Assert.Empty(_harness.Outbox.Events);
        Assert.Empty(await _harness.RunAsync(a => a.RecentAsync(10, default)));
    }

    [Fact]
    public async Task A_reason_over_500_characters_is_refused()
    {
        var result = await _harness.RunAsync(a => a.ActivateAsync("evacuate-a", new string('x', 501), "x", default));

        Assert.Equal(ContingencyCommandStatus.Invalid, result.Status);
    }

    [Fact]
    public async Task Unknown_codes_and_missing_plans_are_refused()
    {
        Assert.Equal(ContingencyCommandStatus.NotFound, (await _harness.RunAsync(a => a.ActivateAsync("nope", "r", "x", default))).Status);
        Assert.Equal(ContingencyCommandStatus.NotFound, (await _harness.RunAsync(a => a.RevertAsync("nope", "r", "x", default))).Status);
        Assert.Equal(ContingencyCommandStatus.NotActive, (await _harness.RunAsync(a => a.RevertAsync("evacuate-a", "r", "x", default))).Status);
        _harness.Inputs.Plan = null;
        Assert.Equal(ContingencyCommandStatus.NoPublishedPlan, (await _harness.RunAsync(a => a.ActivateAsync("evacuate-a", "r", "x", default))).Status);
        Assert.Null(await _harness.RunAsync(a => a.ListAsync(default)));
        Assert.Empty(_harness.Outbox.Events);
    }

    [Fact]
    public async Task Reverting_stops_it_now_audits_and_publishes()
    {
        await _harness.RunAsync(a => a.ActivateAsync("evacuate-a", "fire", "x", default));
        _harness.Clock.Now = _harness.Clock.Now.AddMinutes(10);

        var result = await _harness.RunAsync(a => a.RevertAsync("evacuate-a", "fire out", "inspector@met.example", default));

        Assert.Equal(ContingencyCommandStatus.Done, result.Status);
        Assert.Equal(_harness.Clock.Now, result.Activation!.RevertedAt);
        Assert.False(result.Activation.Automatic);
        var reverted = Assert.IsType<ContingencyPlanReverted>(_harness.Outbox.Events[2]);
        Assert.Equal(("evacuate-a", false, "inspector@met.example", "fire out"), (reverted.PlanCode, reverted.Automatic, reverted.RevertedBy, reverted.Reason));
        var told = Assert.IsType<PartnerContingencyReverted>(_harness.Outbox.Events[3]);
        Assert.Equal(("city", reverted.ActivationId, "fire out", false), (told.TargetTenant, told.ActivationId, told.Reason, told.Automatic));
        Assert.Equal("contingency-reverted", _harness.Audit.Entries[1].Action);
        Assert.Empty(await _harness.RunAsync(a => a.ActiveAsync(default)));
        // It can be switched on again once reverted.
        Assert.Equal(ContingencyCommandStatus.Done, (await _harness.RunAsync(a => a.ActivateAsync("evacuate-a", "again", "x", default))).Status);
    }

    [Fact]
    public async Task When_its_time_runs_out_the_revert_is_recorded_as_automatic_at_the_revert_time()
    {
        var activation = (await _harness.RunAsync(a => a.ActivateAsync("evacuate-a", "fire", "x", default))).Activation!;
        _harness.Clock.Now = activation.RevertAt.AddMinutes(25);

        var active = await _harness.RunAsync(a => a.ActiveAsync(default));

        Assert.Empty(active);
        var reverted = Assert.IsType<ContingencyPlanReverted>(_harness.Outbox.Events[2]);
        Assert.True(reverted.Automatic);
        Assert.True(Assert.IsType<PartnerContingencyReverted>(_harness.Outbox.Events[3]).Automatic);
        Assert.Equal(activation.RevertAt, reverted.RevertedAt);
        Assert.Equal(ContingencyLimits.AutomaticActor, reverted.RevertedBy);
        var audit = _harness.Audit.Entries[1];
        Assert.Equal(("contingency-reverted-automatically", ContingencyLimits.AutomaticActor), (audit.Action, audit.Actor));
        var recent = Assert.Single(await _harness.RunAsync(a => a.RecentAsync(10, default)));
        Assert.True(recent.Automatic);

        // Read again: recorded once only.
        await _harness.RunAsync(a => a.ActiveAsync(default));
        Assert.Equal(4, _harness.Outbox.Events.Count);
    }

    [Fact]
    public async Task The_decision_cache_sees_a_change_made_on_this_node_at_once()
    {
        Assert.Empty(await _harness.Cache.CurrentAsync(default));

        await _harness.RunAsync(a => a.ActivateAsync("evacuate-a", "fire", "x", default));

        Assert.Equal("evacuate-a", Assert.Single(await _harness.Cache.CurrentAsync(default)).Code);
    }
}

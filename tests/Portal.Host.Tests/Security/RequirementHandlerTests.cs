using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Portal.Abstractions.Security;

namespace Portal.Host.Tests.Security;

/// <summary>The handler base decides each of its requirements in order, at once or awaited, and leaves the rest alone.</summary>
public sealed class RequirementHandlerTests
{
    private sealed record Named(string Name) : IAuthorizationRequirement;

    private sealed record Other : IAuthorizationRequirement;

    /// <summary>Succeeds each requirement named "yes", fails "no"; "later" is decided after a real async step.</summary>
    private sealed class Recording : RequirementHandler<Named>
    {
        public List<string> Seen { get; } = [];

        protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, Named requirement)
        {
            Seen.Add(requirement.Name);
            if (requirement.Name.StartsWith("later", StringComparison.Ordinal))
            {
                await Task.Yield();
            }

            if (requirement.Name == "no")
            {
                context.Fail();
            }
            else
            {
                context.Succeed(requirement);
            }
        }
    }

    private static AuthorizationHandlerContext Context(params IAuthorizationRequirement[] requirements) =>
        new(requirements, new ClaimsPrincipal(), null);

    [Fact]
    public async Task A_policy_without_its_requirement_is_left_alone_and_finishes_at_once()
    {
        var handler = new Recording();
        var other = new Other();
        var context = Context(other);

        var handling = handler.HandleAsync(context);

        Assert.True(handling.IsCompletedSuccessfully);
        await handling;
        Assert.Empty(handler.Seen);
        Assert.Equal([other], context.PendingRequirements);
        Assert.False(context.HasFailed);
    }

    [Fact]
    public async Task Each_of_its_requirements_is_decided_in_order_and_the_others_stay_pending()
    {
        var handler = new Recording();
        var first = new Named("yes");
        var other = new Other();
        var second = new Named("also");
        var context = Context(first, other, second);

        await handler.HandleAsync(context);

        Assert.Equal(["yes", "also"], handler.Seen);
        Assert.Equal([other], context.PendingRequirements);
    }

    [Fact]
    public async Task Requirements_after_one_that_is_awaited_are_still_decided_one_at_a_time_in_order()
    {
        var handler = new Recording();
        var context = Context(new Named("yes"), new Named("later-1"), new Named("no"), new Named("later-2"));

        var handling = handler.HandleAsync(context);
        await handling;

        Assert.Equal(["yes", "later-1", "no", "later-2"], handler.Seen);
        Assert.True(context.HasFailed);
    }

    [Fact]
    public async Task Requirements_given_as_a_plain_sequence_are_decided_too()
    {
        var handler = new Recording();
        var context = new AuthorizationHandlerContext(Enumerable.Range(0, 2).Select(i => (IAuthorizationRequirement)new Named("yes")), new ClaimsPrincipal(), null);

        await handler.HandleAsync(context);

        Assert.Equal(["yes", "yes"], handler.Seen);
        Assert.True(context.HasSucceeded);
    }
}

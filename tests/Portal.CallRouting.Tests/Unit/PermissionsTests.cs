using Portal.Abstractions.Security;

namespace Portal.CallRouting.Tests.Unit;

public sealed class PermissionsTests
{
    [Fact]
    public void Every_routing_right_implies_seeing_the_routing()
    {
        var view = Permissions.ViewRouting;
        var others = Permissions.All.Where(p => p != view).ToList();

        Assert.Equal(5, others.Count);
        Assert.All(others, p => Assert.Contains(p, view.ImpliedBy!));
    }

    [Fact]
    public void Editors_cannot_approve_or_publish_by_default()
    {
        var editor = new Permissions().GetDefaultStereotypes().Single(s => s.RoleName == RoleNames.Editor);

        Assert.DoesNotContain(Permissions.ApproveRouting, editor.Permissions);
        Assert.DoesNotContain(Permissions.PublishRouting, editor.Permissions);
        Assert.Contains(Permissions.EditRouting, editor.Permissions);
    }
}

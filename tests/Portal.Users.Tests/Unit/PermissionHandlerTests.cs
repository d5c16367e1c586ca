using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Portal.Abstractions.Security;
using Portal.Users.Security;

namespace Portal.Users.Tests.Unit;

public sealed class PermissionHandlerTests
{
    private static readonly Permission Manage = new("ManageThings", "Manage things");
    private static readonly Permission Edit = new("EditThings", "Edit things", [Manage]);
    private static readonly Permission View = new("ViewThings", "View things", [Edit]);
    private static readonly Permission Other = new("OtherThing", "Something else");

    private sealed class FixedRoles(Dictionary<string, string[]> roles) : IRolePermissionLookup
    {
        public Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> GetAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<string, IReadOnlySet<string>>>(roles.ToDictionary(
                r => r.Key, r => (IReadOnlySet<string>)r.Value.ToHashSet(), StringComparer.OrdinalIgnoreCase));
    }

    private static readonly FixedRoles Store = new(new()
    {
        ["Editor"] = ["EditThings"],
        ["Manager"] = ["ManageThings"],
        ["Viewer"] = ["ViewThings"],
    });

    private static ClaimsPrincipal User(params string[] roles) =>
        new(new ClaimsIdentity(roles.Select(r => new Claim(ClaimTypes.Role, r)).Append(new Claim(ClaimTypes.Name, "someone")), "Test"));

    private static async Task<bool> Allows(ClaimsPrincipal user, Permission permission)
    {
        var requirement = new PermissionRequirement(permission);
        var context = new AuthorizationHandlerContext([requirement], user, null);
        await new PermissionHandler(Store).HandleAsync(context);
        return context.HasSucceeded;
    }

    [Fact]
    public async Task A_role_holding_the_permission_grants_it() => Assert.True(await Allows(User("Editor"), Edit));

    [Fact]
    public async Task A_broader_permission_grants_what_it_implies() => Assert.True(await Allows(User("Editor"), View));

    [Fact]
    public async Task Implication_is_followed_through_several_steps() => Assert.True(await Allows(User("Manager"), View));

    [Fact]
    public async Task A_narrower_permission_does_not_grant_a_broader_one() => Assert.False(await Allows(User("Viewer"), Edit));

    [Fact]
    public async Task An_unrelated_permission_is_not_granted() => Assert.False(await Allows(User("Manager", "Editor", "Viewer"), Other));

    [Fact]
    public async Task Administrator_holds_every_permission()
    {
        Assert.True(await Allows(User("Administrator"), Other));
        Assert.True(await Allows(User("administrator"), Manage));
    }

    [Fact]
    public async Task A_user_without_roles_holds_nothing() => Assert.False(await Allows(User(), View));

    [Fact]
    public async Task Role_claims_of_an_unauthenticated_identity_count_for_nothing()
    {
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, "Administrator")]));

        Assert.False(await Allows(anonymous, Other));
    }

    [Fact]
    public async Task Role_claims_are_read_with_the_identitys_own_role_claim_type()
    {
        var token = new ClaimsPrincipal(new ClaimsIdentity([new Claim("role", "Editor")], "Bearer", "sub", "role"));

        Assert.True(await Allows(token, View));
    }

    [Fact]
    public void Implied_names_include_the_permission_and_every_broader_one_once()
    {
        var cyclic = new Permission("A", "a", [new Permission("B", "b", [new Permission("A", "a again")])]);

        Assert.Equal(["EditThings", "ManageThings", "ViewThings"], PermissionGrants.NamesGranting(View).Order());
        Assert.Equal(["A", "B"], PermissionGrants.NamesGranting(cyclic).Order());
    }
}

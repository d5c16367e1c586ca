using Portal.OpenId.Models;
using Portal.OpenId.Services;

namespace Portal.OpenId.Tests.Unit;

public sealed class ScopeValidatorTests
{
    [Theory]
    [InlineData("ab")]
    [InlineData("routing.read")]
    [InlineData("urn:portal:reports_read-2")]
    [InlineData("offline_access")]
    public void A_name_of_the_allowed_alphabet_and_length_is_accepted(string name) =>
        Assert.Empty(ScopeValidator.Validate(new ScopeInput { Name = name, DisplayName = "D" }, isNew: true));

    [Theory]
    [InlineData(null)]
    [InlineData("a")]
    [InlineData("Routing.read")]
    [InlineData("routing read")]
    [InlineData("routing/read")]
    [InlineData("routing.réad")]
    [InlineData("\"quoted\"")]
    public void A_name_outside_the_alphabet_or_length_is_refused(string? name) =>
        Assert.Contains("name", ScopeValidator.Validate(new ScopeInput { Name = name, DisplayName = "D" }, isNew: true).Keys);

    [Fact]
    public void The_limits_are_inclusive()
    {
        var atLimits = new ScopeInput
        {
            Name = new string('n', 100), DisplayName = new string('d', 200), Description = new string('x', 1000), Resources = [new string('r', 200)],
        };
        Assert.Empty(ScopeValidator.Validate(atLimits, isNew: true));

        var over = new ScopeInput
        {
            Name = new string('n', 101), DisplayName = new string('d', 201), Description = new string('x', 1001), Resources = [new string('r', 201)],
        };
        Assert.Equal(["description", "displayName", "name", "resources"], ScopeValidator.Validate(over, isNew: true).Keys.Order().ToArray());
    }

    [Fact]
    public void An_existing_scope_is_not_checked_for_its_name()
    {
        Assert.Empty(ScopeValidator.Validate(new ScopeInput { DisplayName = "D" }, isNew: false));
    }

    [Fact]
    public void A_client_may_be_permitted_only_a_known_scope_or_before_the_store_exists_a_well_formed_one()
    {
        var client = new ClientInput
        {
            ClientId = "robot", DisplayName = "Robot", Type = ClientValidator.Confidential, Grants = ["client_credentials"],
            Scopes = ["custom.scope"],
        };

        Assert.Empty(ClientValidator.Validate(client, allowPlainHttp: false, isNew: true, new HashSet<string> { "custom.scope" }));
        Assert.Contains("scopes", ClientValidator.Validate(client, allowPlainHttp: false, isNew: true, new HashSet<string> { "openid" }).Keys);
        Assert.Empty(ClientValidator.Validate(client, allowPlainHttp: false, isNew: true, knownScopes: null));
        client.Scopes = ["Not A Scope"];
        Assert.Contains("scopes", ClientValidator.Validate(client, allowPlainHttp: false, isNew: true, knownScopes: null).Keys);
    }
}

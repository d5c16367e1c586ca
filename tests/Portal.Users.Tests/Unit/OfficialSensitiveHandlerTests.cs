using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Portal.Abstractions.Security;
using Portal.Users.Security;
using Failure = Portal.Users.Security.OfficialSensitiveHandler.Failure;

namespace Portal.Users.Tests.Unit;

public sealed class OfficialSensitiveHandlerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static ClaimsPrincipal Person(string? vetting, DateTimeOffset? secondFactorAt)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, "u1") };
        if (vetting is not null)
        {
            claims.Add(new(PortalClaimTypes.VettingLevel, vetting));
        }

        if (secondFactorAt is { } at)
        {
            claims.Add(new(PortalClaimTypes.SecondFactorAt, at.ToUnixTimeSeconds().ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Identity.Application"));
    }

    // A client-credentials token: the client is its own subject.
    private static ClaimsPrincipal Token(params Claim[] claims) =>
        new(new ClaimsIdentity(claims.Prepend(new Claim("sub", "cad")).Prepend(new Claim(OfficialSensitiveHandler.ClientIdClaim, "cad")), "Bearer"));

    // A token issued to the client for a person.
    private static ClaimsPrincipal PersonToken(params Claim[] claims) =>
        new(new ClaimsIdentity(claims.Prepend(new Claim("sub", "user-7")).Prepend(new Claim(OfficialSensitiveHandler.ClientIdClaim, "cad")), "Bearer"));

    [Theory]
    [InlineData("SC")]
    [InlineData("DV")]
    public void A_cleared_person_with_a_recent_second_factor_passes(string vetting) =>
        Assert.Null(OfficialSensitiveHandler.Check(Person(vetting, Now.AddMinutes(-14)), Now));

    [Theory]
    [InlineData(null)]
    [InlineData("None")]
    [InlineData("BPSS")]
    [InlineData("CTC")]
    [InlineData("sc")]
    [InlineData("3")]
    [InlineData("99")]
    public void Vetting_below_SC_or_unreadable_is_refused_even_with_a_second_factor(string? vetting) =>
        Assert.Equal(Failure.Vetting, OfficialSensitiveHandler.Check(Person(vetting, Now), Now));

    [Fact]
    public void A_second_factor_older_than_15_minutes_or_none_needs_a_step_up()
    {
        Assert.Equal(Failure.SecondFactor, OfficialSensitiveHandler.Check(Person("SC", Now.AddMinutes(-15).AddSeconds(-1)), Now));
        Assert.Equal(Failure.SecondFactor, OfficialSensitiveHandler.Check(Person("SC", null), Now));
        Assert.Null(OfficialSensitiveHandler.Check(Person("SC", Now.AddMinutes(-15)), Now));
    }

    [Fact]
    public void Scopes_count_whether_space_separated_or_one_claim_each()
    {
        Assert.Null(OfficialSensitiveHandler.Check(Token(new Claim("scope", "openid calls sensitive")), Now));
        Assert.Null(OfficialSensitiveHandler.Check(Token(new Claim("scope", "calls"), new Claim("scope", "sensitive")), Now));
        Assert.Equal(Failure.Scope, OfficialSensitiveHandler.Check(Token(new Claim("scope", "calls sensitiveish")), Now));
        Assert.Equal(Failure.Scope, OfficialSensitiveHandler.Check(Token(), Now));
    }

    [Fact]
    public void A_users_token_must_still_be_cleared_a_clients_is_cleared_by_its_scope()
    {
        Assert.Null(OfficialSensitiveHandler.Check(Token(new Claim("scope", "sensitive")), Now));
        Assert.Equal(Failure.Vetting, OfficialSensitiveHandler.Check(
            PersonToken(new Claim("scope", "sensitive"), new Claim(PortalClaimTypes.VettingLevel, "BPSS")), Now));
        Assert.Equal(Failure.Vetting, OfficialSensitiveHandler.Check(PersonToken(new Claim("scope", "sensitive")), Now));
        Assert.Null(OfficialSensitiveHandler.Check(
            PersonToken(new Claim("scope", "sensitive"), new Claim(PortalClaimTypes.VettingLevel, "SC")), Now));
        Assert.Equal(Failure.Scope, OfficialSensitiveHandler.Check(
            PersonToken(new Claim("scope", "calls"), new Claim(PortalClaimTypes.VettingLevel, "DV")), Now));
        // A cookie principal cannot pass by claiming a scope: only token principals (with client_id) are judged by scope.
        var person = Person("BPSS", Now);
        ((ClaimsIdentity)person.Identity!).AddClaim(new Claim("scope", "sensitive"));
        Assert.Equal(Failure.Vetting, OfficialSensitiveHandler.Check(person, Now));
    }

    [Fact]
    public void Only_a_missing_second_factor_alone_leads_to_the_step_up_page()
    {
        var handler = new OfficialSensitiveHandler(TimeProvider.System, new Microsoft.AspNetCore.Http.HttpContextAccessor(), new NoRoles());
        var sensitive = new OfficialSensitiveRequirement(new Permission("ReadSamples", ""));
        var permission = new PermissionRequirement(new Permission("ReadSamples", ""));

        var onlySecondFactor = AuthorizationFailure.Failed([new SecondFactorRequiredReason(handler)]);
        Assert.True(StepUpResultHandler.OnlyLacksSecondFactor(onlySecondFactor));

        var alsoPermission = AuthorizationFailure.Failed([sensitive, permission]);
        Assert.False(StepUpResultHandler.OnlyLacksSecondFactor(alsoPermission));
        Assert.False(StepUpResultHandler.OnlyLacksSecondFactor(AuthorizationFailure.Failed([new AuthorizationFailureReason(handler, "vetting")])));
        Assert.False(StepUpResultHandler.OnlyLacksSecondFactor(null));
    }

    [Fact]
    public void A_session_that_used_a_second_factor_ends_12_hours_after_it_began()
    {
        var properties = new Microsoft.AspNetCore.Authentication.AuthenticationProperties();
        var person = new ClaimsPrincipal(new ClaimsIdentity([new Claim("amr", "mfa")], "Identity.Application"));
        ApplicationCookie.RecordSessionFacts(properties, person, Now);

        Assert.False(ApplicationCookie.HasOutlivedAbsoluteLimit(properties, Now.AddHours(12)));
        Assert.True(ApplicationCookie.HasOutlivedAbsoluteLimit(properties, Now.AddHours(12).AddSeconds(1)));

        // A later re-issue (refresh, step-up) does not move when the session began.
        ApplicationCookie.RecordSessionFacts(properties, person, Now.AddHours(11));
        Assert.True(ApplicationCookie.HasOutlivedAbsoluteLimit(properties, Now.AddHours(12).AddSeconds(1)));

        var passwordOnly = new Microsoft.AspNetCore.Authentication.AuthenticationProperties();
        ApplicationCookie.RecordSessionFacts(passwordOnly, new ClaimsPrincipal(new ClaimsIdentity([new Claim("amr", "pwd")], "x")), Now);
        Assert.False(ApplicationCookie.HasOutlivedAbsoluteLimit(passwordOnly, Now.AddHours(13)));
    }

    [Fact]
    public void The_second_factor_claim_comes_from_the_session_properties_only()
    {
        var properties = new Microsoft.AspNetCore.Authentication.AuthenticationProperties();
        var forged = new ClaimsPrincipal(new ClaimsIdentity([new Claim(PortalClaimTypes.SecondFactorAt, Now.ToUnixTimeSeconds().ToString())], "x"));

        SessionProperties.ApplyTo(forged, properties);
        Assert.Null(forged.FindFirst(PortalClaimTypes.SecondFactorAt));

        SessionProperties.Write(properties, SessionProperties.SecondFactorAtItem, Now);
        SessionProperties.ApplyTo(forged, properties);
        Assert.Equal(Now.ToUnixTimeSeconds().ToString(), Assert.Single(forged.FindAll(PortalClaimTypes.SecondFactorAt)).Value);
    }

    private sealed class NoRoles : IRolePermissionLookup
    {
        public Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> GetAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<string, IReadOnlySet<string>>>(new Dictionary<string, IReadOnlySet<string>>());
    }
}

using Portal.OpenId.Security;

namespace Portal.OpenId.Tests.Unit;

public sealed class TenantIssuerTests
{
    [Theory]
    [InlineData("http://localhost/met", "http://localhost/met/")]
    [InlineData("https://portal.example:8443/city", "https://portal.example:8443/city/")]
    [InlineData("http://localhost/met/", "http://localhost/met/")]
    [InlineData("http://localhost/", "http://localhost/")]
    [InlineData("http://localhost", "http://localhost/")]
    public void The_issuer_is_the_base_with_one_trailing_slash(string inferred, string issuer) =>
        Assert.Equal(issuer, TenantIssuer.WithTrailingSlash(new Uri(inferred))!.AbsoluteUri);

    [Fact]
    public void An_unknown_base_stays_unknown() => Assert.Null(TenantIssuer.WithTrailingSlash(null));
}

using Portal.Users.Services;
using Portal.Users.Tests.Support;

namespace Portal.Users.Tests.Unit;

public sealed class TotpTests
{
    [Theory]
    // RFC 6238 appendix B (SHA-1 key "12345678901234567890"), last six of the eight digits.
    [InlineData(59, "287082")]
    [InlineData(1111111109, "081804")]
    [InlineData(1234567890, "005924")]
    [InlineData(2000000000, "279037")]
    public void The_test_authenticator_matches_the_RFC_vectors(long unixSeconds, string expected) =>
        Assert.Equal(expected, Totp.Code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));

    [Fact]
    public void Keys_are_shown_in_groups_of_four_and_as_an_otpauth_uri()
    {
        Assert.Equal("abcd efgh ijkl mn", AuthenticatorKeys.Format("ABCDEFGHIJKLMN"));
        Assert.Equal("otpauth://totp/West%20Force:a%40b.org?secret=ABCD&issuer=West%20Force&digits=6",
            AuthenticatorKeys.Uri("West Force", "a@b.org", "ABCD"));
    }

    [Theory]
    [InlineData("123456", "123456")]
    [InlineData(" 123 456 ", "123456")]
    [InlineData("12345", null)]
    [InlineData("1234567", null)]
    [InlineData("12345a", null)]
    [InlineData("ABCDE-12345", null)]
    public void Only_six_digits_are_taken_as_an_authenticator_code(string typed, string? expected) =>
        Assert.Equal(expected, AuthenticatorKeys.AuthenticatorCode(typed));
}

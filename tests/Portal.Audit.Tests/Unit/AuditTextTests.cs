using Portal.Audit.Services;

namespace Portal.Audit.Tests.Unit;

public sealed class AuditTextTests
{
    [Theory]
    [InlineData("password=hunter2", "password=***")]
    [InlineData("PassWord=Hunter2 and more", "PassWord=*** and more")]
    [InlineData("grant_type=client_credentials&client_secret=s3cr3t&scope=x", "grant_type=client_credentials&client_secret=***&scope=x")]
    [InlineData("access_token=eyJhbGciOi.payload.sig; next", "access_token=***; next")]
    [InlineData("SECRET = abc,def", "SECRET = ***,def")]
    [InlineData("token=a password=b secret=c", "token=*** password=*** secret=***")]
    public void Masks_the_value_after_a_secret_key(string input, string expected) => Assert.Equal(expected, AuditText.Scrub(input));

    [Theory]
    [InlineData("role Editors given ManageUsers")]
    [InlineData("the password was changed")]
    [InlineData("")]
    [InlineData(null)]
    public void Leaves_other_text_alone(string? input) => Assert.Equal(input, AuditText.Scrub(input));

    [Fact]
    public void Truncates_with_an_ellipsis_to_the_limit()
    {
        var cut = AuditText.Truncate(new string('x', 2500), 2000)!;

        Assert.Equal(2000, cut.Length);
        Assert.EndsWith("…", cut);
        Assert.Equal("short", AuditText.Truncate("short", 2000));
    }
}

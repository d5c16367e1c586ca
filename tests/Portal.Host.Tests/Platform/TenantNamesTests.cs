using Portal.Abstractions.Platform;

namespace Portal.Host.Tests.Platform;

public sealed class TenantNamesTests
{
    [Theory]
    [InlineData("met")]
    [InlineData("city")]
    [InlineData("a1")]
    [InlineData("north-yorkshire")]
    [InlineData("avon-and-somerset-constabulary")] // 30 characters
    [InlineData("999")]
    public void Valid_names_pass(string name)
    {
        Assert.Null(TenantNames.Validate(name));
    }

    [Theory]
    [InlineData(null, "Enter a name.")]
    [InlineData("", "Enter a name.")]
    [InlineData("m", "2 to 30")]
    [InlineData("avon-and-somerset-constabulary1", "2 to 30")]
    [InlineData("Met", "lowercase")]
    [InlineData("-met", "lowercase")]
    [InlineData("met-", "lowercase")]
    [InlineData("met_police", "lowercase")]
    [InlineData("met police", "lowercase")]
    [InlineData("mét", "lowercase")]
    [InlineData("../x", "lowercase")]
    [InlineData("admin", "reserved")]
    [InlineData("api", "reserved")]
    [InlineData("default", "reserved")]
    [InlineData("health", "reserved")]
    public void Invalid_names_are_refused_with_a_reason(string? name, string reason)
    {
        var message = TenantNames.Validate(name);

        Assert.NotNull(message);
        Assert.Contains(reason, message);
    }
}

using Portal.Users.Services;

namespace Portal.Users.Tests.Unit;

public sealed class EmailAddressesTests
{
    [Theory]
    [InlineData("name@example.com")]
    [InlineData("first.last+tag@sub.example.police.uk")]
    [InlineData("admin@portal.localhost")]
    public void Ordinary_addresses_are_accepted(string address) => Assert.True(EmailAddresses.IsValid(address));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("name")]
    [InlineData("name@")]
    [InlineData("@example.com")]
    [InlineData("name@localhost")]
    [InlineData("two@at@example.com")]
    [InlineData("space in@example.com")]
    [InlineData("name@example..com")]
    public void Malformed_addresses_are_refused(string? address) => Assert.False(EmailAddresses.IsValid(address));

    [Fact]
    public void Overlong_addresses_are_refused() =>
        Assert.False(EmailAddresses.IsValid(new string('a', 250) + "@example.com"));
}

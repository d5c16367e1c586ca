namespace Portal.Integration.Tests.Support;

/// <summary>Where the servers started by infra/test.sh are. A test that needs one fails when it is not there.</summary>
public static class TestServers
{
    public static string Postgres => Required("PORTAL_TEST_POSTGRES");

    /// <summary>StackExchange.Redis configuration string of the shared Redis (127.0.0.1:6379).</summary>
    public static string Redis => Required("PORTAL_TEST_REDIS");

    private static string Required(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{variable} is not set: run the tests with ./infra/test.sh, which starts the servers.");
}

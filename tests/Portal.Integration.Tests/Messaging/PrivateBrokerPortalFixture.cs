namespace Portal.Integration.Tests.Messaging;

/// <summary>A private RabbitMQ node and one portal node on it, with the tenants <see cref="A"/> and <see cref="B"/>.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PrivateBrokerPortalFixture : IAsyncLifetime
{
    public const string A = "rma";
    public const string B = "rmb";

    public PrivateRabbitMq Rabbit { get; } = new();
    public RabbitPortalFactory Portal { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Rabbit.StartAsync();
        Portal = new RabbitPortalFactory(Rabbit.Host, Rabbit.VirtualHost, PrivateRabbitMq.User, Rabbit.Password);
        await Portal.SetUpTenantsAsync(A, B);
    }

    public async Task DisposeAsync()
    {
        Portal?.Dispose();
        await Rabbit.DisposeAsync();
    }
}

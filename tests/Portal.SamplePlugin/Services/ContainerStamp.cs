namespace Portal.SamplePlugin.Services;

/// <summary>A singleton of the tenant container with a fresh id: a different id means a different container.</summary>
public sealed class ContainerStamp
{
    public Guid Id { get; } = Guid.NewGuid();
}

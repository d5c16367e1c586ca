using System.Text.Json;
using Portal.Contracts;

namespace Portal.Host.Messaging;

/// <summary>The integration events of Portal.Contracts by name, and how their bodies are stored in the outbox.</summary>
public static class ContractTypes
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<Type> All { get; } = typeof(IIntegrationEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && typeof(IIntegrationEvent).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToList();

    private static readonly Dictionary<string, Type> ByName = All.ToDictionary(t => t.FullName!, StringComparer.Ordinal);

    public static Type? Find(string name) => ByName.GetValueOrDefault(name);

    public static string NameOf(IIntegrationEvent message)
    {
        var type = message.GetType();
        return ByName.ContainsKey(type.FullName!) ? type.FullName!
            : throw new ArgumentException($"{type.FullName} is not a contract of Portal.Contracts; only those travel over the bus.", nameof(message));
    }

    public static string Serialize(IIntegrationEvent message) => JsonSerializer.Serialize(message, message.GetType(), Json);

    public static object Deserialize(string body, Type type) =>
        JsonSerializer.Deserialize(body, type, Json) ?? throw new JsonException($"An empty {type.Name} body.");

    /// <summary>The queue every node's consumer of <paramref name="type"/> shares (each message handled once in the cluster).</summary>
    public static string QueueOf(Type type) => "portal." + ToKebab(type.Name);

    private static string ToKebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}

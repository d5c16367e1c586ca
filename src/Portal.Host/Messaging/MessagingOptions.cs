namespace Portal.Host.Messaging;

/// <summary>The "Portal:Bus" configuration section: which transport the one bus of this process uses, and the outbox dispatcher's pace.</summary>
public sealed class MessagingOptions
{
    public const string Section = "Portal:Bus";

    /// <summary><c>InMemory</c> (the embedded default: one process) or <c>RabbitMQ</c>.</summary>
    public string Transport { get; set; } = "InMemory";

    public RabbitMqOptions RabbitMQ { get; set; } = new();

    /// <summary>How often every running tenant's outbox is swept, besides the wake-up after each commit.</summary>
    public int SweepSeconds { get; set; } = 2;

    /// <summary>Rows claimed per tenant per pass.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>How long a claim holds before another node may take the row (its dispatcher is presumed dead).</summary>
    public int LeaseSeconds { get; set; } = 60;

    /// <summary>
    /// Messages each contract queue hands this node at once (RabbitMQ prefetch, and how many are consumed
    /// concurrently). The concurrent ones of a tenant share one inbox transaction, so this is also the largest batch.
    /// </summary>
    public int PrefetchCount { get; set; } = 64;

    /// <summary>Immediate retries with exponential back-off before a message goes to its error queue.</summary>
    public int RetryLimit { get; set; } = 5;

    /// <summary>
    /// How long inbox rows are kept. A message delivered again after that (a re-drive of an older failure) would run
    /// its handlers again, so keep it longer than anything may wait in an error queue.
    /// </summary>
    public int InboxRetentionDays { get; set; } = 30;

    /// <summary>How often each tenant's inbox is pruned of rows older than <see cref="InboxRetentionDays"/>.</summary>
    public int InboxPruneMinutes { get; set; } = 60;

    public RedeliveryOptions Redelivery { get; set; } = new();

    public bool IsRabbitMq => string.Equals(Transport, "RabbitMQ", StringComparison.OrdinalIgnoreCase);

    public sealed class RabbitMqOptions
    {
        /// <summary>Host name, or <c>host:port</c>.</summary>
        public string Host { get; set; } = "localhost";

        public string VirtualHost { get; set; } = "/";

        public string? Username { get; set; }

        public string? Password { get; set; }

        public (string Host, ushort Port) HostAndPort()
        {
            var colon = Host.LastIndexOf(':');
            return colon > 0 && ushort.TryParse(Host[(colon + 1)..], out var port) ? (Host[..colon], port) : (Host, (ushort)5672);
        }
    }

    /// <summary>"Portal:Bus:Redelivery": after the immediate retries, later attempts before the error queue.</summary>
    public sealed class RedeliveryOptions
    {
        private static readonly TimeSpan[] DefaultDelays = [TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10)];

        /// <summary>False: a message goes to its error queue straight after the immediate retries.</summary>
        public bool Enabled { get; set; } = true;

        /// <summary>
        /// The wait before each redelivery (<c>Portal:Bus:Redelivery:Delays:0</c> = <c>00:00:30</c>, ...). Null (not
        /// configured) means 30 s, 2 min, 10 min; a default list is not set here because the binder appends to one.
        /// </summary>
        public TimeSpan[]? Delays { get; set; }

        public IReadOnlyList<TimeSpan> EffectiveDelays => !Enabled ? [] : Delays is { Length: > 0 } delays ? delays : DefaultDelays;
    }
}

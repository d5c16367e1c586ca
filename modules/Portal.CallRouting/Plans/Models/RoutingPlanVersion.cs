namespace Portal.CallRouting.Plans.Models;

/// <summary>
/// One version of the force's routing plan as stored. The document is editable while <see cref="State"/> is Draft;
/// once published the row carries the configuration copy and the SHA-256 of the canonical content and never changes
/// again. <see cref="ConcurrencyToken"/> is the entity tag: it changes with every change of the row.
/// </summary>
public sealed class RoutingPlanVersion
{
    public int Number { get; set; }

    public PlanState State { get; set; }

    /// <summary>The <see cref="Domain.Rules.RoutingPlanDocument"/> as JSON (<see cref="Services.PlanJson"/>).</summary>
    public string DocumentJson { get; set; } = "";

    /// <summary>The version this one started as a copy of, if any.</summary>
    public int? CopiedFrom { get; set; }

    /// <summary>Set when this version is a rollback: the earlier published version whose rules it publishes again.</summary>
    public int? RollbackOf { get; set; }

    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    public string? UpdatedBy { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }

    public string? SubmittedBy { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }

    public string? ApprovedBy { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }

    /// <summary>The last reason an approver gave for sending the version back to Draft.</summary>
    public string? ReturnedReason { get; set; }
    public string? ReturnedBy { get; set; }
    public DateTimeOffset? ReturnedAt { get; set; }

    public string? PublishedBy { get; set; }

    /// <summary>When the publisher asked for publication.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>When the version takes effect: <see cref="PublishedAt"/> for "now", later for a scheduled publication.</summary>
    public DateTimeOffset? EffectiveAt { get; set; }

    /// <summary>The copy of the <see cref="Domain.RoutingConfiguration"/> taken at publication, as JSON.</summary>
    public string? ConfigurationJson { get; set; }

    /// <summary>SHA-256 (hex, lowercase) of the canonical document and configuration copy (<see cref="Services.PlanContentHash"/>).</summary>
    public string? Sha256 { get; set; }

    public string ConcurrencyToken { get; set; } = "";
}

using Portal.CallRouting.Domain.Rules;

namespace Portal.CallRouting.Decisions.Compilation;

/// <summary>The actions of a rule or of a queue's default: the terminal one resolved to an index, and the notifications beside it.</summary>
public sealed class CompiledActions
{
    public required TerminalKind Terminal { get; init; }

    /// <summary>RouteToCentre: centre index; OverflowToQueue: queue index; OverflowToPartner: agreement index; else -1.</summary>
    public int TargetIndex { get; init; } = -1;

    /// <summary>PlayAnnouncement: what is played.</summary>
    public string? Announcement { get; init; }

    public NotifyAction[] Notifications { get; init; } = [];
}

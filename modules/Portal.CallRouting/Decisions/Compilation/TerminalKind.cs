namespace Portal.CallRouting.Decisions.Compilation;

/// <summary>The compiled form of the terminal action of a rule or default (the one that says where the call goes).</summary>
public enum TerminalKind : byte
{
    ServingCentres,
    RouteToCentre,
    OverflowToQueue,
    OverflowToPartner,
    PlayAnnouncement,
}

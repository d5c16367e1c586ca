using System.Text.Json.Serialization;

namespace Portal.CallRouting.Domain.Rules;

/// <summary>
/// What a rule does when it fires. A rule, and a queue's default, has exactly one terminal action (it decides where
/// the call goes) and any number of <see cref="NotifyAction"/>s beside it. In JSON <c>kind</c> says which action it is.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(ServingCentresAction), "servingCentres")]
[JsonDerivedType(typeof(RouteToCentreAction), "routeToCentre")]
[JsonDerivedType(typeof(OverflowToQueueAction), "overflowToQueue")]
[JsonDerivedType(typeof(OverflowToPartnerAction), "overflowToPartner")]
[JsonDerivedType(typeof(PlayAnnouncementAction), "playAnnouncement")]
[JsonDerivedType(typeof(NotifyAction), "notify")]
public abstract record RuleAction
{
    /// <summary>Whether the action decides where the call goes (every action but <see cref="NotifyAction"/>).</summary>
    [JsonIgnore]
    public virtual bool IsTerminal => true;
}

/// <summary>The queue's own serving centres, by preference, skipping centres that are Down or Unstaffed.</summary>
public sealed record ServingCentresAction : RuleAction;

/// <summary>To one named centre, whatever the queue's preferences say.</summary>
public sealed record RouteToCentreAction(string CentreCode) : RuleAction;

/// <summary>Into another queue of the force, whose own rules then decide.</summary>
public sealed record OverflowToQueueAction(string QueueCode) : RuleAction;

/// <summary>To a partner force, under an accepted and unexpired overflow agreement.</summary>
public sealed record OverflowToPartnerAction(string AgreementId) : RuleAction;

/// <summary>Play the announcement and end the call (a 101 queue out of hours); never allowed on a 999 queue.</summary>
public sealed record PlayAnnouncementAction(string Announcement) : RuleAction;

/// <summary>Tell someone (a duty inspector's group, the partner force) that the rule fired; the call goes on.</summary>
public sealed record NotifyAction(string Recipient, string Message) : RuleAction
{
    public override bool IsTerminal => false;
}

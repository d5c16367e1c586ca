namespace Portal.CallRouting.WhatIf.Simulation;

/// <summary>
/// What happened in one replication to the calls offered to one queue in one half hour (counted in the half hour the
/// call arrived, against the queue the caller dialled, wherever it was answered).
/// </summary>
public sealed class QueueSlotTally
{
    public int Offered { get; internal set; }
    public int Answered { get; internal set; }
    public int AnsweredWithinTarget { get; internal set; }
    public int Abandoned { get; internal set; }
    /// <summary>Still waiting when the simulation stopped (no agent came in the hours after the day's end).</summary>
    public int Unanswered { get; internal set; }
    public double TotalWaitSeconds { get; internal set; }
    /// <summary>Calls of this queue the routing sent to another queue or to a centre on another queue's behalf.</summary>
    public int OverflowedOut { get; internal set; }
    /// <summary>Calls of other queues the routing sent into this queue (counted here, not in <see cref="Offered"/>).</summary>
    public int OverflowedIn { get; internal set; }
    public int ToPartner { get; internal set; }
    public int EndedWithAnnouncement { get; internal set; }

    /// <summary>Calls the force itself had to answer: offered, less those sent to a partner or ended by an announcement.</summary>
    public int ForTheForce => Offered - ToPartner - EndedWithAnnouncement;

    /// <summary>Answered within the target over the calls the force had to answer; null when it had none.</summary>
    public double? AnsweredWithinTargetShare => ForTheForce > 0 ? (double)AnsweredWithinTarget / ForTheForce : null;

    /// <summary>Mean wait of the answered calls; null when none was answered.</summary>
    public double? AverageWaitSeconds => Answered > 0 ? TotalWaitSeconds / Answered : null;
}

namespace Portal.CallRouting.WhatIf.Models;

/// <summary>The simulation's figures for one queue in one half hour (calls counted in the half hour they arrived).</summary>
/// <param name="AnsweredWithin10sShare">Of the calls the force had to answer (offered less those sent to a partner or
/// ended by an announcement), the share answered within 10 seconds; abandoned calls count as not answered in time.</param>
/// <param name="AverageWaitSeconds">Mean wait of the answered calls.</param>
public sealed record SimulatedQueueSlot(
    Estimate Offered,
    Estimate? AnsweredWithin10sShare,
    Estimate? AverageWaitSeconds,
    Estimate Abandoned,
    Estimate OverflowedOut,
    Estimate OverflowedIn,
    Estimate ToPartner,
    Estimate EndedWithAnnouncement,
    Estimate Unanswered);

namespace Portal.CallRouting.WhatIf.Models;

/// <summary>
/// A day's arrivals and staffing, half hour by half hour: <see cref="Slots"/> holds exactly 48 entries, the first for
/// 00:00–00:30 local time (Europe/London). <see cref="Patience"/> is optional: without it callers wait as long as it
/// takes (no one abandons), which is what Erlang C assumes.
/// </summary>
public sealed record ArrivalProfile(
    string? Name,
    IReadOnlyList<ProfileSlot>? Slots,
    IReadOnlyList<QueuePatience>? Patience = null)
{
    public const int SlotsPerDay = 48;
    public const int SlotSeconds = 1800;

    /// <summary>"00:00", "00:30" … "23:30".</summary>
    public static string SlotStart(int slot) => $"{slot / 2:00}:{(slot % 2) * 30:00}";
}

namespace Portal.CallRouting.WhatIf.Models;

/// <summary>How long, on average, a caller to the queue waits before hanging up (exponentially distributed).</summary>
public sealed record QueuePatience(string? Queue, double AverageSeconds);

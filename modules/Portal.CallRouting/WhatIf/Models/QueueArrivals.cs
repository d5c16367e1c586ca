namespace Portal.CallRouting.WhatIf.Models;

/// <summary>Calls offered to a queue in one half hour and their average handling time (talk and wrap-up), in seconds.</summary>
public sealed record QueueArrivals(string? Queue, double Calls, double AverageHandlingSeconds);

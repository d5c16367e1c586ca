namespace Portal.CallRouting.WhatIf.Models;

/// <summary>Agents of a centre on duty, answering calls, in one half hour.</summary>
public sealed record CentreStaffing(string? Centre, int Agents);

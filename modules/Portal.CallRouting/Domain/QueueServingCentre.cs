namespace Portal.CallRouting.Domain;

/// <summary>A centre that drains a queue, with its preference: 1 is tried first, 5 last.</summary>
public sealed record QueueServingCentre(string CentreCode, int Preference);

namespace Portal.Publications.Reports.Domain;

/// <summary>Who takes a workflow step: the user id the rules compare, and the name shown on the report.</summary>
public sealed record WorkflowActor(string Id, string Name);

namespace Portal.CallRouting.Decisions.Models;

public sealed record DecisionNotificationResponse(string Recipient, string Message);

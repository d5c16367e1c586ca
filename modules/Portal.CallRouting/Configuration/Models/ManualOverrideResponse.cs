namespace Portal.CallRouting.Configuration.Models;

public sealed record ManualOverrideResponse(string Mode, DateTimeOffset? Until, string Reason, string SetBy, DateTimeOffset SetAt);

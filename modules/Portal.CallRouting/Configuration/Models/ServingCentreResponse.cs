namespace Portal.CallRouting.Configuration.Models;

public sealed record ServingCentreResponse(string CentreCode, int Preference);

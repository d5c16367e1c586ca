namespace Portal.CallRouting.Agreements.Models;

/// <summary>Field lengths, shared by the store and the validation so that what passes validation always fits.</summary>
public static class AgreementLimits
{
    public const int Id = 64;
    public const int Tenant = 64;
    public const int QueueCode = 64;
    public const int Actor = 256;
    public const int Reason = 500;
    public const int CallId = 128;
    public const int MaxConcurrentCalls = 1000;
}

namespace Portal.CallRouting.Scheduling;

public enum ManualOverrideMode
{
    ForceOpen,
    ForceClosed,
}

namespace Portal.CallRouting.Configuration.Services;

/// <summary>The bounds of the configuration's fields, shared by validation, the store's column sizes and the pages.</summary>
public static class ConfigurationLimits
{
    public const int CodeMin = 2;
    public const int CodeMax = 32;
    public const int Name = 100;
    public const int Service = 64;
    public const int Announcement = 500;
    public const int Reason = 500;
    public const int Actor = 200;
    public const int MaxStaffedPositions = 10_000;
    public const int PriorityMin = 1;
    public const int PriorityMax = 10;
    public const int MaxQueueLength = 10_000;
    public const int MaxWaitSeconds = 86_400;
    public const int PreferenceMin = 1;
    public const int PreferenceMax = 5;
    public const int MaxServingCentres = 20;
    public const int MaxPeriodsPerDay = 12;
    public const int MaxOverrides = 400;

    /// <summary>How many state changes the history endpoint and page return, newest first.</summary>
    public const int HistoryPage = 200;
}

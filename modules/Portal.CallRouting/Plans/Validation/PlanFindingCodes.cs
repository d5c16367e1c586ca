namespace Portal.CallRouting.Plans.Validation;

/// <summary>The codes of <see cref="PlanFinding"/>: what each error and warning means.</summary>
public static class PlanFindingCodes
{
    // Errors: the plan would route calls wrongly or not at all.
    public const string Required = "required";
    public const string UnknownQueue = "unknown-queue";
    public const string DuplicateQueue = "duplicate-queue";
    public const string UnknownCentre = "unknown-centre";
    public const string UnknownSchedule = "unknown-schedule";
    public const string UnknownAgreement = "unknown-agreement";
    public const string AgreementForOtherQueue = "agreement-for-other-queue";
    public const string OverflowLoop = "overflow-loop";
    public const string TerminalActions = "terminal-actions";
    public const string AnnouncementOn999 = "announcement-on-999";
    public const string DuplicateRuleId = "duplicate-rule-id";
    public const string DuplicatePriority = "duplicate-priority";
    public const string UnreachableRule = "unreachable-rule";
    public const string ContradictoryConditions = "contradictory-conditions";
    public const string ClosedTimePeriodOn999 = "closed-time-period-on-999";
    public const string NoServingCentre = "no-serving-centre";
    public const string DuplicateContingencyPlan = "duplicate-contingency-plan";
    public const string InvalidValue = "invalid-value";

    // Warnings: allowed, but someone should have thought about it.
    public const string EmergencyWithoutOverflow = "999-without-overflow";
    public const string QueueWithoutPolicy = "queue-without-policy";
    public const string DefaultUnreachable = "default-unreachable";
    public const string AgreementExpiresSoon = "agreement-expires-soon";
    public const string CentreNotNormal = "centre-not-normal";
}

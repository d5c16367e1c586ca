namespace Portal.CallRouting.Agreements.Models;

/// <summary>How an overflowed call stopped waiting at the partner: the values of <c>OverflowedCallSettled.Outcome</c>.</summary>
public static class OverflowCallOutcome
{
    public const string Answered = "answered";
    public const string Abandoned = "abandoned";
    public const int MaxLength = 16;
}

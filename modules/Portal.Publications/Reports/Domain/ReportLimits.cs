namespace Portal.Publications.Reports.Domain;

/// <summary>Lengths and counts the store and the validators share, so a value that validates always fits its column.</summary>
public static class ReportLimits
{
    public const int Reference = 64;
    public const int Title = 300;
    public const int Summary = 4000;
    public const int DecisionMaker = 200;
    public const int Tag = 64;
    public const int Tags = 20;
    public const int Heading = 200;
    public const int Body = 200_000;
    public const int Sections = 60;
    public const int ExemptionBasis = 300;
    public const int ContractName = 200;
    public const int Actor = 256;
    public const int ChangeNote = 1000;
    public const int Reason = 1000;
    public const int FileName = 255;
    public const int ContentType = 128;
    public const int Attachments = 50;
}

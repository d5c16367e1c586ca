namespace Portal.CallRouting.Agreements.Models;

/// <summary>How a change to an agreement ended; each refusal maps to one HTTP status.</summary>
public enum AgreementOperationStatus
{
    Done,
    NotFound,
    Invalid,
    Forbidden,
    Conflict,
}

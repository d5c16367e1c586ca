namespace Portal.CallRouting.Agreements.Models;

/// <summary>This force's side of an agreement: the proposer's calls overflow to the partner.</summary>
public enum AgreementRole
{
    Proposer,
    Partner,
}

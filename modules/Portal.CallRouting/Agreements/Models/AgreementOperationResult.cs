namespace Portal.CallRouting.Agreements.Models;

/// <summary>The agreement after a change, or why the change was refused (field errors for Invalid, a title and detail otherwise).</summary>
public sealed record AgreementOperationResult(
    AgreementOperationStatus Status,
    AgreementView? Agreement = null,
    IDictionary<string, string[]>? Errors = null,
    string? Title = null,
    string? Detail = null)
{
    public static AgreementOperationResult Done(AgreementView agreement) => new(AgreementOperationStatus.Done, agreement);

    public static AgreementOperationResult Invalid(IDictionary<string, string[]> errors) => new(AgreementOperationStatus.Invalid, Errors: errors);

    public static AgreementOperationResult NotFound(string id) =>
        new(AgreementOperationStatus.NotFound, Title: "No such agreement.", Detail: $"There is no overflow agreement '{id}'.");

    public static AgreementOperationResult Refused(AgreementOperationStatus status, string title, string detail) => new(status, Title: title, Detail: detail);
}

namespace Portal.OpenId.Models;

public enum ScopeOperationStatus
{
    Done,
    Invalid,
    NotFound,
    Conflict,
}

namespace Portal.CallRouting.Domain.Rules;

public enum ComparisonOperator
{
    LessThan,
    LessThanOrEqual,
    Equal,
    GreaterThanOrEqual,
    GreaterThan,
}

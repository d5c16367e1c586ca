using Portal.CallRouting.Domain.Rules;

namespace Portal.CallRouting.Plans.Validation;

/// <summary>
/// The values of one queue figure that satisfy every comparison applied so far, as an interval with open or closed
/// ends, starting from [0, ∞) (no queue figure is negative). Empty means the conditions can never hold together.
/// </summary>
internal readonly record struct MetricRange(double Low, bool LowIncluded, double High, bool HighIncluded)
{
    public static MetricRange NonNegative { get; } = new(0, true, double.PositiveInfinity, false);

    public bool IsEmpty => Low > High || (Low == High && !(LowIncluded && HighIncluded));

    public MetricRange Apply(ComparisonOperator op, double threshold) => op switch
    {
        ComparisonOperator.LessThan => WithHigh(threshold, included: false),
        ComparisonOperator.LessThanOrEqual => WithHigh(threshold, included: true),
        ComparisonOperator.Equal => WithLow(threshold, included: true).WithHigh(threshold, included: true),
        ComparisonOperator.GreaterThanOrEqual => WithLow(threshold, included: true),
        ComparisonOperator.GreaterThan => WithLow(threshold, included: false),
        _ => this,
    };

    private MetricRange WithHigh(double value, bool included) =>
        value < High || (value == High && !included) ? this with { High = value, HighIncluded = included } : this;

    private MetricRange WithLow(double value, bool included) =>
        value > Low || (value == Low && !included) ? this with { Low = value, LowIncluded = included } : this;
}

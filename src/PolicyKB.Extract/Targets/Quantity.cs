using PolicyKB.Extract.Text;
using PolicyKB.Rules;

namespace PolicyKB.Extract.Targets;

/// <summary>A number with its unit found in text: 14.5%, 4000 万千瓦, 百分之三十, 13%—15% (a range:
/// value is the lower bound). <see cref="Span"/> covers number through unit (both ends of a range).</summary>
internal sealed record Quantity(Span Span, decimal Value, string Unit, UnitRule Rule, bool IsRange, bool IsChinese);

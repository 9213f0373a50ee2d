namespace PolicyKB.Rules;

/// <summary>A unit as plans write it (万千瓦), its canonical unit (kW) and the scale between them (10⁴).
/// <see cref="NeedsVerb"/>: a number in this unit is a target only when a verb sets it as one (money:
/// 总投资50亿元 is a budget, 绿色信贷余额达到500亿元 a goal).
/// <see cref="PerOnly"/>: a unit that only follows a slash (万立方米/日).</summary>
public sealed record UnitRule(string Written, string Canonical, decimal Scale, IReadOnlyList<string> Aliases, int Line,
    bool NeedsVerb = false, bool PerOnly = false);

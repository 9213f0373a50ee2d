namespace PolicyKB.Rules;

/// <summary>A unit as plans write it (万千瓦), its canonical unit (kW) and the scale between them (10⁴).</summary>
public sealed record UnitRule(string Written, string Canonical, decimal Scale, IReadOnlyList<string> Aliases, int Line);

namespace PolicyKB.Rules;

/// <summary>The units of rules/units.yaml, looked up by their written forms (longest first).</summary>
public sealed class UnitTable
{
    private readonly Dictionary<string, UnitRule> _byForm;
    private readonly int _longest;

    internal UnitTable(IReadOnlyList<UnitRule> units)
    {
        All = units;
        _byForm = new Dictionary<string, UnitRule>(StringComparer.Ordinal);
        foreach (var unit in units)
            foreach (var form in unit.Aliases.Prepend(unit.Written))
                _byForm.TryAdd(form, unit);
        _longest = _byForm.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
    }

    public IReadOnlyList<UnitRule> All { get; }

    public UnitRule? Find(string written) => _byForm.GetValueOrDefault(written);

    /// <summary>The longest unit form starting at <paramref name="start"/> in (folded) text, with its length.</summary>
    public (UnitRule Unit, int Length)? MatchAt(string text, int start)
    {
        for (var length = Math.Min(_longest, text.Length - start); length > 0; length--)
            if (_byForm.TryGetValue(text.Substring(start, length), out var unit))
                return (unit, length);
        return null;
    }
}

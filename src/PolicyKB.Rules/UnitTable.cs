namespace PolicyKB.Rules;

/// <summary>The units of rules/units.yaml, looked up by their written forms (longest first).</summary>
public sealed class UnitTable
{
    private readonly Dictionary<string, UnitRule> _byForm;
    private readonly Dictionary<string, UnitRule>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly int _longest;

    internal UnitTable(IReadOnlyList<UnitRule> units)
    {
        All = units;
        _byForm = new Dictionary<string, UnitRule>(StringComparer.Ordinal);
        foreach (var unit in units)
            foreach (var form in unit.Aliases.Prepend(unit.Written))
                _byForm.TryAdd(form, unit);
        _bySpan = _byForm.GetAlternateLookup<ReadOnlySpan<char>>();
        _longest = _byForm.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
    }

    public IReadOnlyList<UnitRule> All { get; }

    public UnitRule? Find(string written) => _byForm.GetValueOrDefault(written);

    /// <summary>The longest unit form starting at <paramref name="start"/> in (folded) text, with its length.
    /// <paramref name="afterSlash"/>: the place follows a slash, where per-only units (日, 年) may stand.</summary>
    public (UnitRule Unit, int Length)? MatchAt(string text, int start, bool afterSlash = false)
    {
        for (var length = Math.Min(_longest, text.Length - start); length > 0; length--)
            if (_bySpan.TryGetValue(text.AsSpan(start, length), out var unit) && (afterSlash || !unit.PerOnly))
                return (unit, length);
        return null;
    }
}

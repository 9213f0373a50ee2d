namespace PolicyKB.Rules;

/// <summary>The departments of rules/departments.yaml, found by any of their written names.
/// Names here carry no region: 发改委, not 市发改委 (the extractor strips and re-adds the region).</summary>
public sealed class DepartmentDirectory
{
    private readonly Dictionary<string, DepartmentName> _byName;
    private readonly Dictionary<string, DepartmentName>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    internal DepartmentDirectory(IReadOnlyList<DepartmentRule> departments)
    {
        All = departments;
        _byName = new Dictionary<string, DepartmentName>(StringComparer.Ordinal);
        foreach (var department in departments)
        {
            foreach (var form in department.Forms)
                foreach (var name in form.Aliases.Prepend(form.Official))
                    _byName.TryAdd(name, new DepartmentName(department, form.Official, IsSector: false));
            foreach (var sector in department.Sectors)
                _byName.TryAdd(sector, new DepartmentName(department, sector, IsSector: true));
        }
        _bySpan = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
        Names = _byName.Keys.OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).ToArray();
    }

    public IReadOnlyList<DepartmentRule> All { get; }

    /// <summary>Every written name (official, alias, sector), longest first.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The department a region-less name stands for, or null.</summary>
    public DepartmentName? Resolve(string name) =>
        _byName.GetValueOrDefault(MetricTaxonomy.Squeeze(name));

    /// <summary>The department an exact region-less name (no whitespace) stands for, or null; no allocation.</summary>
    public DepartmentName? Resolve(ReadOnlySpan<char> name) =>
        _bySpan.TryGetValue(name, out var found) ? found : null;
}

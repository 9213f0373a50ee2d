namespace PolicyKB.Rules;

/// <summary>A government department: a stable id, its official names by rank (发展和改革委员会 for a
/// province or city, 发展和改革局 for a county), each with the short forms plans write
/// (发展改革委, 发改委; 发改局), and the generic sector names prose uses (发展改革部门).</summary>
public sealed record DepartmentRule(string Id, IReadOnlyList<DepartmentForm> Forms, IReadOnlyList<string> Sectors, int Line);

/// <summary>One official name and the aliases that stand for exactly it.</summary>
public sealed record DepartmentForm(string Official, IReadOnlyList<string> Aliases);

/// <summary>A name resolved against rules/departments.yaml: the department and the official form the
/// written name stands for (the sector name itself when the text names a sector).</summary>
public sealed record DepartmentName(DepartmentRule Department, string Official, bool IsSector);

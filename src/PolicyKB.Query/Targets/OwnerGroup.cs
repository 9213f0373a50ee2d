using PolicyKB.Core;

namespace PolicyKB.Query.Targets;

/// <summary>One department of one region with what the plans ask of it. The names a plan writes for it
/// (市发改委, 柳州市发展和改革委员会) are one department when rules/departments.yaml says so.</summary>
public sealed record OwnerGroup(
    string Region,
    string? Level,
    string Department,
    string? DepartmentId,
    IReadOnlyList<string> Names,
    IReadOnlyList<TargetRow> Targets,
    IReadOnlyList<OwnerTask> Tasks);

/// <summary>A duty paragraph or measure a department leads (<see cref="Lead"/>) or joins; the text trimmed.</summary>
public sealed record OwnerTask(MeasureKind Kind, string? Role, bool Lead, string Text, string Document, string Title, string Section);

/// <summary>What `kb owners` lists: {"owners": [...]}, by region.</summary>
public sealed record OwnerList(IReadOnlyList<OwnerGroup> Owners);

/// <summary>Which departments to list. <see cref="Unit"/> takes a department's name or alias, with or
/// without its region (发改委, 交通运输局, 柳州市发改委), or else words of the written name.</summary>
public sealed record OwnerFilter(string? Region = null, string? Unit = null);

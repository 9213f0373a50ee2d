using System.Text.RegularExpressions;

namespace PolicyKB.Rules;

/// <summary>The wording of responsibility, from rules/owners.yaml.</summary>
public sealed class OwnerPatterns
{
    /// <summary>Labels introducing a list of units (牵头单位：, 责任单位：, 配合单位：), longest first.</summary>
    public required IReadOnlyList<OwnerMarker> Markers { get; init; }

    /// <summary>Words after a unit naming its role inline (市发展改革委牵头, 市统计局配合), longest first.</summary>
    public required IReadOnlyList<OwnerMarker> InlineRoles { get; init; }

    /// <summary>Notes declaring that the first listed 责任单位 leads (排名第一的为牵头单位).</summary>
    public required IReadOnlyList<Regex> LeadFirstNotes { get; init; }

    /// <summary>How names of bodies end (局, 委员会, 领导小组, 部门 …), longest first.</summary>
    public required IReadOnlyList<string> OrgSuffixes { get; init; }

    /// <summary>Words that may follow a body opening a sentence of prose and make it the one acting
    /// (生态环境部门要…, 领导小组指导和统筹…), longest first.</summary>
    public required IReadOnlyList<string> DutyVerbs { get; init; }

    /// <summary>Words that may stand before a body opening a clause (加强市碳达峰碳中和工作委员会对…).</summary>
    public required IReadOnlyList<string> DutyLeadIns { get; init; }

    /// <summary>Words joining a unit to the partners it works with in one naming (市机关事务局会同市住建局、
    /// 市发展改革委组织实施): the unit before leads, those after cooperate. Longest first.</summary>
    public IReadOnlyList<string> JointWords { get; init; } = [];

    /// <summary>Labels of a naming's other field giving when the task is due (（责任单位：A，时间：2025年底前）),
    /// longest first: they end the list of units before them, and their value dates the task.</summary>
    public IReadOnlyList<string> DeadlineLabels { get; init; } = [];

    /// <summary>Words closing a naming that say the task has no end (（A牵头，B配合，持续推进）): a time field
    /// without a year.</summary>
    public IReadOnlyList<string> OngoingWords { get; init; } = [];

    /// <summary>Task-table header words by the role of their column.</summary>
    public required IReadOnlyList<TableColumnRule> TableColumns { get; init; }
}

/// <summary>What a naming makes a unit: the lead, a responsible unit, a cooperating one, or one of several
/// sharing the work by their duties (按职责分工负责), which owns only where no unit is named alone.</summary>
public enum OwnerRole { Lead, Responsible, Cooperate, Shared }

public sealed record OwnerMarker(string Word, OwnerRole Role);

public enum TableColumnRole { Task, Lead, Responsible, Cooperate, Deadline, Indicator, Unit }

/// <summary>A table column's role, found by its header: a header equal to one of <see cref="Exact"/>
/// or containing one of <see cref="Words"/>.</summary>
public sealed record TableColumnRule(TableColumnRole Role, IReadOnlyList<string> Words, IReadOnlyList<string> Exact);

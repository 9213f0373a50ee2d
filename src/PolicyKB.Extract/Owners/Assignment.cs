using PolicyKB.Rules;

namespace PolicyKB.Extract.Owners;

/// <summary>Units named for a task, with their roles, and where the naming stands in its paragraph:
/// （牵头单位：市发展改革委；责任单位：市工业和信息化局、市统计局）.</summary>
/// <param name="Start">Offset of the naming in its paragraph.</param>
/// <param name="End">Offset just after it.</param>
/// <param name="Leading">It opens its paragraph, before the task text (牵头单位：… on its own first, or
/// 市发展改革委牵头，… opening the paragraph).</param>
/// <param name="Deadline">The year a field of the naming gives the task (时间：2025年底前), if any.</param>
internal sealed record Assignment(int Start, int End, IReadOnlyList<ListedUnit> Units, bool Leading, int? Deadline = null)
{
    /// <summary>A collective reference rather than one unit: 各县（市、区）人民政府, 县直各部门, 各有关部门, 相关单位.</summary>
    public static bool IsCollective(string name) =>
        name.Contains("有关", StringComparison.Ordinal) || name.Contains("相关", StringComparison.Ordinal) || name.Contains('各');

    /// <summary>Who owns the task: the 牵头单位; else the first 责任单位 where the plan says the first
    /// listed leads (排名第一的为牵头单位); else a single 责任单位; else all 责任单位 together — where no unit
    /// is named alone, the units sharing the work (A、B按职责分工负责) stand for them. Co-owners are the other
    /// responsible, sharing and cooperating units (由A负责，B、C按职责分工负责: A owns, B and C co-own).</summary>
    public (List<string> Owners, List<string> CoOwners) Resolve(bool firstLeads)
    {
        var leads = Named(OwnerRole.Lead);
        var responsible = Named(OwnerRole.Responsible);
        var sharing = Named(OwnerRole.Shared);
        var named = responsible.Count > 0 ? responsible : sharing;
        List<string> owners;
        if (leads.Count > 0)
            owners = leads;
        else if (named.Count > 0 && (firstLeads || named.Count == 1))
            owners = [named[0]];
        else
            owners = named;
        // 各旗区人民政府, 县直各部门 share the work but own nothing in particular
        owners = owners.Where(n => !IsCollective(n)).ToList();
        var co = responsible.Concat(sharing).Concat(Named(OwnerRole.Cooperate)).Where(n => !owners.Contains(n)).Distinct().ToList();
        return (owners, co);
    }

    private List<string> Named(OwnerRole role) => Units.Where(u => u.Role == role).Select(u => u.Name).Distinct().ToList();
}

/// <summary>A unit as named in an assignment (region-qualified, official form) and its role.</summary>
internal sealed record ListedUnit(string Name, OwnerRole Role, string Label);

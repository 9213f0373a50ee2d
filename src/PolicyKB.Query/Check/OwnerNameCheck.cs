using PolicyKB.Core;
using PolicyKB.Rules;

namespace PolicyKB.Query.Check;

/// <summary>An owner that is neither a department of rules/departments.yaml (under any of its names:
/// 市发改局 is 市发展改革委) nor a body of accepted_bodies (领导小组, 办公室). A name holding a
/// department's core (城市管理 in 区城市管理和综合执法局, 机关事务 in 县机关事务服务中心) is a known
/// department's body too. Owners of targets and measures and the departments of duty paragraphs are
/// checked, each name once.</summary>
internal sealed class OwnerNameCheck : ICheck
{
    public static readonly CheckRule Unknown = new("owner.unknown", Severity.Warning, Messages.UnknownOwnerSummary);

    public IReadOnlyList<CheckRule> Rules => [Unknown];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var draft = context.Draft;
        var named = draft.Targets.SelectMany(t => t.Owners.Concat(t.CoOwners).Select(o => (Name: o, t.Evidence)))
            .Concat(draft.Measures.SelectMany(m => m.Owners.Concat(m.CoOwners).Select(o => (Name: o, m.Evidence))))
            .Concat(draft.Duties.Select(d => (Name: d.Department, d.Evidence)));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var cores = Cores(context.Rules);
        foreach (var (name, evidence) in named)
            if (seen.Add(name) && !IsKnown(context, cores, name))
                yield return Unknown.Find(Messages.UnknownOwner(name), new DraftRef(evidence.SectionPath, evidence.Sentence), null,
                    Messages.UnknownOwnerSuggestion);
    }

    /// <summary>A region-qualified name (柳州市发展和改革委员会) is known when some ending of it is a
    /// department's name (发展和改革委员会), so region prefixes of any depth need no stripping.</summary>
    private static bool IsKnown(CheckContext context, IReadOnlyList<string> cores, string owner)
    {
        var name = string.Concat(TextFold.ForMatch(owner).Where(c => !char.IsWhiteSpace(c)));
        if (context.Settings.AcceptedBodies.Any(b => name.EndsWith(b, StringComparison.Ordinal)))
            return true;
        for (var i = 0; i <= name.Length - 2; i++)
            if (context.Rules.Departments.Resolve(name[i..]) is not null)
                return true;
        return cores.Any(c => name.Contains(c, StringComparison.Ordinal));
    }

    /// <summary>Every department name without the ending that makes it a body (发展和改革委员会 → 发展和改革,
    /// 统计局 → 统计), by the org_suffixes of owners.yaml; cores shorter than two characters are dropped.</summary>
    private static IReadOnlyList<string> Cores(RuleSet rules) =>
        rules.Departments.All
            .SelectMany(d => d.Forms.SelectMany(f => f.Aliases.Prepend(f.Official)))
            .Select(name => rules.Owners.OrgSuffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal)) is { } suffix
                ? name[..^suffix.Length]
                : name)
            .Where(core => core.Length >= 2)
            .Distinct()
            .ToList();
}

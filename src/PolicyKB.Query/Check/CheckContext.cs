using PolicyKB.Core;
using PolicyKB.Rules;

namespace PolicyKB.Query.Check;

/// <summary>Everything a check may look at: the draft (document and extraction), the rules, the plans
/// above it (parents, through the region hierarchy or --parent) and beside it (peers: other regions of
/// the same level), and every plan the knowledge base holds. Built once per draft by DraftChecker.</summary>
public sealed class CheckContext
{
    private TargetFacts? _facts;
    private IReadOnlyList<Section>? _goals;

    public required Extraction Draft { get; init; }

    /// <summary>The draft as a plan (title, region, level, period).</summary>
    public required PlanInfo Plan { get; init; }

    public required RuleSet Rules { get; init; }

    public required CheckSettings Settings { get; init; }

    /// <summary>The draft's region; null when the draft names none the region list knows.</summary>
    public Region? Region { get; init; }

    /// <summary>The regions whose plans were looked for as parents (ancestors, or the --parent region).</summary>
    public IReadOnlyList<Region> ParentRegions { get; init; } = [];

    public IReadOnlyList<PlanTargets> Parents { get; init; } = [];

    public IReadOnlyList<PlanTargets> Peers { get; init; } = [];

    /// <summary>Every plan of the knowledge base.</summary>
    public IReadOnlyList<PlanInfo> Library { get; init; } = [];

    internal TargetFacts Facts => _facts ??= new TargetFacts(Rules, Settings);

    /// <summary>The draft's sections that state its goals (主要目标, 工作目标: goal_headings) and their
    /// subsections, in document order.</summary>
    internal IReadOnlyList<Section> GoalSections => _goals ??= Draft.Document.AllSections()
        .Where(s => Settings.GoalHeadings.Any(h => TextFold.ForMatch(s.Heading).Contains(h, StringComparison.Ordinal)))
        .SelectMany(s => s.SelfAndDescendants())
        .DistinctBy(s => s.Path)
        .ToList();

    internal bool InGoalSection(Target target) => GoalSections.Any(s => s.Path == target.Evidence.SectionPath);

    /// <summary>The paragraph of the draft a target was read from (its sentence's paragraph), or the sentence.</summary>
    internal string ParagraphOf(Target target) =>
        Draft.Document.AllSections()
            .Where(s => s.Path == target.Evidence.SectionPath)
            .SelectMany(s => s.Paragraphs)
            .FirstOrDefault(p => p.Contains(target.Evidence.Sentence.Trim(), StringComparison.Ordinal))
        ?? target.Evidence.Sentence;

    internal static DraftRef At(Target target) => new(target.Evidence.SectionPath, target.Evidence.Sentence);

    internal static OtherRef From(PlanInfo plan, Target target) =>
        new(plan.Title, target.Evidence.SectionPath, target.Evidence.Sentence);
}

using PolicyKB.Core;
using PolicyKB.Rules;

namespace PolicyKB.Query.Check;

/// <summary>Checks a draft plan against itself and against the plans of a library: finds its parent plans
/// through the region hierarchy (a 柳州市 draft → plans of 广西壮族自治区 and of the country; an explicit
/// parent region overrides) and its peers (plans of other regions of the same level), runs every check,
/// applies the severities of rules/checks.yaml. Pure: no I/O beyond what the library does.</summary>
public sealed class DraftChecker
{
    /// <summary>Every check, in report order within a severity.</summary>
    public static IReadOnlyList<ICheck> AllChecks { get; } =
    [
        new WeakerThanParentCheck(),
        new ConflictingValuesCheck(),
        new UnitCheck(),
        new MissingOwnerCheck(),
        new OwnerNameCheck(),
        new DeadlineCheck(),
        new BaselineCheck(),
        new VagueGoalCheck(),
        new CitationCheck(),
        new PeerRankCheck(),
        new RegionCheck(),
    ];

    /// <summary>Every rule of every check: what rules/checks.yaml may name.</summary>
    public static IReadOnlyList<CheckRule> AllRules { get; } = AllChecks.SelectMany(c => c.Rules).ToList();

    public static IReadOnlyList<string> RuleIds { get; } = AllRules.Select(r => r.Id).ToList();

    private readonly RuleSet _rules;
    private readonly CheckSettings _settings;
    private readonly IReadOnlyList<ICheck> _checks;

    public DraftChecker(RuleSet rules, CheckSettings settings, IReadOnlyList<ICheck>? checks = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(settings);
        _rules = rules;
        _settings = settings;
        _checks = checks ?? AllChecks;
    }

    /// <summary>Reads rules/checks.yaml beside the other rule files, knowing every rule id.</summary>
    public static CheckSettings LoadSettings(string rulesDir, RuleSet rules) => CheckSettings.Load(rulesDir, rules, RuleIds.ToHashSet());

    /// <param name="parentRegion">A region (full or short name) whose plans are the parents, instead of
    /// the draft's ancestors.</param>
    /// <exception cref="KbException">The parent region is unknown, or the library holds no plan of it.</exception>
    public CheckReport Check(Extraction draft, IPlanLibrary library, string? parentRegion = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(library);
        var plan = PlanInfo.From(draft.Document);
        var region = plan.Region is { } name ? _rules.Regions.Find(name) : null;
        var level = plan.Level ?? region?.Level;
        var plans = library.Plans().Where(p => p.Id != plan.Id).ToList();

        IReadOnlyList<Region> parentRegions;
        if (!string.IsNullOrWhiteSpace(parentRegion))
        {
            var chosen = _rules.Regions.Find(parentRegion) ?? throw new KbException(Messages.UnknownParent(parentRegion));
            if (!plans.Any(p => p.Region == chosen.Name))
                throw new KbException(Messages.ParentNotHeld(chosen.Name, plans.Select(p => p.Region).OfType<string>().Distinct()));
            parentRegions = [chosen];
        }
        else
        {
            parentRegions = region is null ? [] : _rules.Regions.Ancestors(region).ToList();
        }

        // Nearest parent region first, so a finding cites the plan directly above the draft.
        var parents = parentRegions
            .SelectMany(r => plans.Where(p => p.Region == r.Name))
            .Select(p => new PlanTargets(p, library.Targets(p.Id)))
            .ToList();
        var peers = level is null
            ? []
            : plans.Where(p => p.Level == level && p.Region is not null && p.Region != plan.Region)
                .Select(p => new PlanTargets(p, library.Targets(p.Id)))
                .ToList();

        var context = new CheckContext
        {
            Draft = draft,
            Plan = plan with { Level = level },
            Rules = _rules,
            Settings = _settings,
            Region = region,
            ParentRegions = parentRegions,
            Parents = parents,
            Peers = peers,
            Library = plans,
        };
        var findings = _checks
            .SelectMany(check => check.Run(context))
            .Select(Apply)
            .OfType<Finding>()
            .OrderBy(f => f.Severity)   // stable: each check's document order stays
            .ToList();
        return new CheckReport(context.Plan, parents.Select(p => p.Plan).ToList(), findings);
    }

    /// <summary>The finding with the severity checks.yaml gives its rule; null when the rule is off.</summary>
    private Finding? Apply(Finding finding) =>
        _settings.Severities.TryGetValue(finding.Rule, out var severity)
            ? severity is { } s ? finding with { Severity = s } : null
            : finding;
}

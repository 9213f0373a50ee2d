using PolicyKB.Core;
using PolicyKB.Rules.Yaml;

namespace PolicyKB.Rules;

/// <summary>The data of `kb check` from rules/checks.yaml: each rule's severity and the word lists and
/// unit groups the checks use. The logic lives in code (PolicyKB.Query.Check); what a researcher may
/// want to tune lives here. Loaded once, validated completely, immutable.</summary>
public sealed class CheckSettings
{
    public const string FileName = "checks.yaml";

    /// <summary>Severity by rule id; null when the rule is switched off.</summary>
    public required IReadOnlyDictionary<string, Severity?> Severities { get; init; }

    /// <summary>Headings of the sections that state a plan's goals (主要目标, 工作目标).</summary>
    public required IReadOnlyList<string> GoalHeadings { get; init; }

    /// <summary>Words that state a goal without measuring it (明显, 进一步, 大幅), longest first.</summary>
    public required IReadOnlyList<string> VagueWords { get; init; }

    /// <summary>Words before a cited title that make it the plan's basis (根据《…》, 贯彻落实《…》).</summary>
    public required IReadOnlyList<string> CitationCues { get; init; }

    /// <summary>Canonical units whose values compare across regions of any size (%, not 万千瓦).</summary>
    public required IReadOnlyList<string> ComparableUnits { get; init; }

    /// <summary>Groups of canonical units that may stand for one another when a target's unit is
    /// checked against its metric's (%, percentage point).</summary>
    public required IReadOnlyList<IReadOnlyList<string>> UnitFamilies { get; init; }

    /// <summary>Endings of a metric's name that make it a ratio (利用率, 比重, 占比).</summary>
    public required IReadOnlyList<string> RatioSuffixes { get; init; }

    /// <summary>Endings of a metric's name that make it an amount (利用能力, 回收量, 装机规模): such a name
    /// given in an absolute unit is not held to a taxonomy entry measured in %.</summary>
    public required IReadOnlyList<string> AmountSuffixes { get; init; }

    /// <summary>Words that make a metric an intensity (单位…, 强度): its level unit is a quotient the
    /// extractor may cut short (吨标准煤/万元), so it is not checked.</summary>
    public required IReadOnlyList<string> IntensityWords { get; init; }

    /// <summary>Metric ids whose level is better when lower (coal_share, pm25).</summary>
    public required IReadOnlyList<string> LowerIsBetter { get; init; }

    /// <summary>Metric ids whose level depends on local endowment (forest_coverage): a level below the
    /// parent's is told, not flagged as weaker.</summary>
    public required IReadOnlyList<string> LocalLevels { get; init; }

    /// <summary>Qualifiers that make a target an aspiration (力争, 争取, 基本).</summary>
    public required IReadOnlyList<string> HedgeWords { get; init; }

    /// <summary>Qualifiers that make a target a yearly rate (年均): it compares only with yearly rates.</summary>
    public required IReadOnlyList<string> AnnualWords { get; init; }

    /// <summary>Scope words opening a metric's name that do not change the metric (全市, 我省).</summary>
    public required IReadOnlyList<string> ScopePrefixes { get; init; }

    /// <summary>Endings of bodies that are valid owners without being departments (领导小组, 办公室).</summary>
    public required IReadOnlyList<string> AcceptedBodies { get; init; }

    /// <summary>Reads DIR/checks.yaml. <paramref name="ruleIds"/> are the rule ids the checks define;
    /// a severity for any other id is an error, as is an unknown metric id or canonical unit.</summary>
    public static CheckSettings Load(string rulesDir, RuleSet rules, IReadOnlyCollection<string> ruleIds)
    {
        ArgumentNullException.ThrowIfNull(rulesDir);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(ruleIds);
        if (!Directory.Exists(rulesDir))
            throw new KbException(Messages.MissingRulesDir(rulesDir));
        var errors = new RuleErrors();
        var checks = CheckLoader.Read(RuleFile.Read(rulesDir, FileName, errors), rules, ruleIds);
        errors.ThrowIfAny();
        return checks!;
    }
}

using PolicyKB.Extract;
using PolicyKB.Ingest;
using PolicyKB.Rules;

namespace PolicyKB.Query.Check;

/// <summary>`kb check` end to end, shared by the command and `kb serve`: the rules and check settings loaded
/// once, then per draft: read and extract it (never stored), build the knowledge base if missing, and check
/// it against the stored plans.</summary>
public sealed class DraftCheck
{
    private readonly RuleSet _rules;
    private readonly CheckSettings _settings;
    private readonly Extractor _extractor;

    private DraftCheck(RuleSet rules, CheckSettings settings)
    {
        _rules = rules;
        _settings = settings;
        _extractor = new Extractor(rules);
    }

    /// <summary>Loads the rule files and checks.yaml of <paramref name="rulesDir"/>.</summary>
    /// <exception cref="Core.KbException">A rule file is malformed.</exception>
    public static DraftCheck Load(string rulesDir) => Load(rulesDir, RuleSet.Load(rulesDir));

    /// <summary>Loads checks.yaml of <paramref name="rulesDir"/>, beside the rule files <paramref name="rules"/>
    /// was loaded from.</summary>
    public static DraftCheck Load(string rulesDir, RuleSet rules) => new(rules, DraftChecker.LoadSettings(rulesDir, rules));

    /// <summary>Checks the draft at <paramref name="draftFile"/>. Validates first: the draft is read and
    /// extracted before the knowledge base is touched.</summary>
    /// <exception cref="Core.KbException">The draft cannot be read, or the parent region is unknown.</exception>
    public CheckReport Run(string draftFile, KnowledgeBase kb, string? parentRegion = null, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(kb);
        var draft = _extractor.Extract(new Ingestor(_rules.Regions).Read(draftFile));
        kb.EnsureBuilt(progress);
        using var library = StoredPlanLibrary.Open(kb.DbPath, _extractor);
        return new DraftChecker(_rules, _settings).Check(draft, library, parentRegion);
    }
}

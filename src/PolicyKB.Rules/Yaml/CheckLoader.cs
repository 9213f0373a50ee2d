using YamlDotNet.RepresentationModel;

namespace PolicyKB.Rules.Yaml;

/// <summary>checks.yaml: a mapping of severities (rule id → error | warning | info | off) and word lists.</summary>
internal static class CheckLoader
{
    private static readonly IReadOnlyDictionary<string, Severity?> SeverityNames = new Dictionary<string, Severity?>(StringComparer.Ordinal)
    {
        ["error"] = Severity.Error,
        ["warning"] = Severity.Warning,
        ["info"] = Severity.Info,
        ["off"] = null,
    };

    public static CheckSettings? Read(RuleFile file, RuleSet rules, IReadOnlyCollection<string> ruleIds)
    {
        var root = PatternReader.Root(file);
        if (root is null)
            return null;
        var canonicalUnits = rules.Units.All.Select(u => u.Canonical).ToHashSet(StringComparer.Ordinal);
        var checks = new CheckSettings
        {
            Severities = Severities(root, ruleIds),
            GoalHeadings = PatternReader.Words(root, "goal_headings"),
            VagueWords = PatternReader.Words(root, "vague_words"),
            CitationCues = PatternReader.Words(root, "citation_cues"),
            ComparableUnits = Known(root, "comparable_units", canonicalUnits, Messages.UnknownCanonicalUnit),
            UnitFamilies = Families(root, canonicalUnits),
            RatioSuffixes = PatternReader.Words(root, "ratio_suffixes"),
            AmountSuffixes = PatternReader.Words(root, "amount_suffixes"),
            IntensityWords = PatternReader.Words(root, "intensity_words"),
            LowerIsBetter = Known(root, "lower_is_better", rules.Metrics.All.Select(m => m.Id).ToHashSet(), Messages.UnknownMetricId),
            LocalLevels = Known(root, "local_levels", rules.Metrics.All.Select(m => m.Id).ToHashSet(), Messages.UnknownMetricId),
            HedgeWords = PatternReader.Words(root, "hedge_words"),
            AnnualWords = PatternReader.Words(root, "annual_words"),
            ScopePrefixes = PatternReader.Words(root, "scope_prefixes"),
            AcceptedBodies = PatternReader.Words(root, "accepted_bodies"),
        };
        root.RejectUnknownKeys();
        return checks;
    }

    private static Dictionary<string, Severity?> Severities(RuleNode root, IReadOnlyCollection<string> ruleIds)
    {
        var severities = new Dictionary<string, Severity?>(StringComparer.Ordinal);
        var node = root.Node("severities");
        if (node is null)
            return severities;
        if (node is not YamlMappingNode map)
        {
            root.File.Error(node, Messages.ExpectedMapping("severities"));
            return severities;
        }
        foreach (var (key, value) in map.Children)
        {
            var id = (key as YamlScalarNode)?.Value ?? "";
            if (!ruleIds.Contains(id))
            {
                root.File.Error(key, Messages.UnknownCheckRule(id, ruleIds));
                continue;
            }
            var name = (value as YamlScalarNode)?.Value ?? "";
            if (SeverityNames.TryGetValue(name, out var severity))
                severities[id] = severity;
            else
                root.File.Error(value, Messages.UnknownChoice(id, name, SeverityNames.Keys));
        }
        return severities;
    }

    private static IReadOnlyList<string> Known(RuleNode root, string key, IReadOnlySet<string> known, Func<string, string> unknown)
    {
        var values = root.Texts(key);
        foreach (var (value, line) in values)
            if (!known.Contains(value))
                root.File.Error(line, unknown(value));
        return values.Select(v => v.Value).Where(known.Contains).ToArray();
    }

    private static IReadOnlyList<IReadOnlyList<string>> Families(RuleNode root, IReadOnlySet<string> canonicalUnits)
    {
        var node = root.Node("unit_families");
        if (node is null)
            return [];
        if (node is not YamlSequenceNode list)
        {
            root.File.Error(node, Messages.ExpectedList("unit_families"));
            return [];
        }
        var families = new List<IReadOnlyList<string>>();
        foreach (var item in list.Children)
        {
            if (item is not YamlSequenceNode members || members.Children.Any(m => m is not YamlScalarNode))
            {
                root.File.Error(item, Messages.ExpectedList("unit_families 的每一项"));
                continue;
            }
            var family = new List<string>();
            foreach (var member in members.Children.Cast<YamlScalarNode>())
            {
                if (member.Value is { } unit && canonicalUnits.Contains(unit))
                    family.Add(unit);
                else
                    root.File.Error(member, Messages.UnknownCanonicalUnit(member.Value ?? ""));
            }
            families.Add(family);
        }
        return families;
    }
}

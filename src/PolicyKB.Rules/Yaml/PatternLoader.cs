using System.Text.RegularExpressions;
using PolicyKB.Core;

namespace PolicyKB.Rules.Yaml;

/// <summary>patterns.yaml: the wording of targets (deadlines, periods, baselines, qualifiers, directions,
/// metric trims, non-targets, measure kinds).</summary>
internal static class PatternLoader
{
    private static readonly IReadOnlyDictionary<string, QualifierPosition> Positions = PatternReader.Choices(
        ("before", QualifierPosition.Before), ("after", QualifierPosition.After), ("hedge", QualifierPosition.Hedge));

    private static readonly IReadOnlyDictionary<string, Comparator> Comparators = PatternReader.Choices(
        ("equal", Comparator.Equal), ("at_least", Comparator.AtLeast), ("at_most", Comparator.AtMost),
        ("about", Comparator.About));

    public static readonly IReadOnlyDictionary<string, Direction> DirectionNames = PatternReader.Choices(
        ("decrease", Direction.Decrease), ("increase", Direction.Increase), ("reach", Direction.Reach),
        ("maintain", Direction.Maintain), ("cap", Direction.Cap));

    private static readonly IReadOnlyDictionary<string, MeasureKind> Kinds = PatternReader.Choices(
        ("prohibition", MeasureKind.Prohibition), ("encouragement", MeasureKind.Encouragement),
        ("task", MeasureKind.Task), ("goal", MeasureKind.Goal));

    public static PatternSet? Read(RuleFile file, List<RuleExample> examples)
    {
        var root = PatternReader.Root(file);
        if (root is null)
            return null;
        var set = new PatternSet
        {
            Deadlines = Deadlines(root, examples),
            Periods = Periods(root),
            Baselines = PatternReader.Regexes(root, "baselines", examples, "year", "period"),
            Pasts = PatternReader.Regexes(root, "pasts", examples),
            PastHeadings = PatternReader.Regexes(root, "past_headings", examples),
            Qualifiers = Qualifiers(root, examples),
            Directions = Directions(root, examples),
            RangeJoiners = PatternReader.Words(root, "range_joiners"),
            MetricTrims = PatternReader.Regexes(root, "metric_trims", examples),
            MetricEndTrims = PatternReader.Regexes(root, "metric_end_trims", examples),
            MetricCutAfter = PatternReader.Words(root, "metric_cut_after"),
            MetricTailStops = PatternReader.Words(root, "metric_tail_stops"),
            SharedTails = PatternReader.Words(root, "shared_tails"),
            NotTargets = NotTargets(root, examples),
            Unitless = PatternReader.Regexes(root, "unitless", examples),
            MeasureKinds = MeasureKinds(root),
        };
        root.RejectUnknownKeys();
        return set;
    }


    private static IReadOnlyList<DeadlinePattern> Deadlines(RuleNode root, List<RuleExample> examples)
    {
        var list = new List<DeadlinePattern>();
        foreach (var item in root.File.Items(root.Node("deadlines"), "deadlines"))
        {
            var regex = PatternReader.Regex(item, "regex", required: true, "year", "period");
            var governs = item.Choice("governs", PatternReader.Booleans) ?? true;
            ExampleReader.Read(item, examples);
            item.RejectUnknownKeys();
            if (regex is not null)
                list.Add(new DeadlinePattern(regex, governs));
        }
        return list;
    }

    private static IReadOnlyList<Period> Periods(RuleNode root)
    {
        var periods = new List<Period>();
        foreach (var item in root.File.Items(root.Node("periods"), "periods"))
        {
            var name = item.Text("name", required: true);
            var start = item.Integer("start", required: true);
            var end = item.Integer("end", required: true);
            item.RejectUnknownKeys();
            if (name is null || start is null || end is null)
                continue;
            if (end < start)
                root.File.Error(item.Line, Messages.BadPeriod(name));
            periods.Add(new Period(name, start.Value, end.Value));
        }
        return periods;
    }

    private static IReadOnlyList<QualifierWord> Qualifiers(RuleNode root, List<RuleExample> examples)
    {
        var words = new List<QualifierWord>();
        foreach (var item in root.File.Items(root.Node("qualifiers"), "qualifiers"))
        {
            var list = item.Texts("words", required: true);
            var position = item.Choice("position", Positions, required: true);
            var comparator = item.Choice("comparator", Comparators, required: true);
            ExampleReader.Read(item, examples);
            item.RejectUnknownKeys();
            if (position is null || comparator is null)
                continue;
            words.AddRange(list.Select(w => new QualifierWord(w.Value, position.Value, comparator.Value)));
        }
        return words.OrderByDescending(w => w.Word.Length).ToArray();
    }

    private static IReadOnlyList<DirectionWord> Directions(RuleNode root, List<RuleExample> examples)
    {
        var words = new List<DirectionWord>();
        foreach (var item in root.File.Items(root.Node("directions"), "directions"))
        {
            var list = item.Texts("words", required: true);
            var direction = item.Choice("direction", DirectionNames, required: true);
            var takesObject = item.Choice("takes_object", PatternReader.Booleans) ?? false;
            ExampleReader.Read(item, examples);
            item.RejectUnknownKeys();
            if (direction is not null)
                words.AddRange(list.Select(w => new DirectionWord(w.Value, direction.Value, takesObject)));
        }
        return words.OrderByDescending(w => w.Word.Length).ToArray();
    }

    private static IReadOnlyList<ContextRule> NotTargets(RuleNode root, List<RuleExample> examples)
    {
        var rules = new List<ContextRule>();
        foreach (var item in root.File.Items(root.Node("not_targets"), "not_targets"))
        {
            var name = item.Text("name", required: true);
            // A before pattern is anchored at the number ($): matched from the right it fails at once where
            // the clause's end does not fit, instead of being tried at every position of the clause.
            var before = PatternReader.Regex(item, "before", required: false, RegexOptions.RightToLeft);
            var after = PatternReader.Regex(item, "after", required: false);
            ExampleReader.Read(item, examples);
            item.RejectUnknownKeys();
            if (name is null)
                continue;
            if (before is null && after is null)
                root.File.Error(item.Line, Messages.MissingKey("before/after"));
            else
                rules.Add(new ContextRule(name, before, after));
        }
        return rules;
    }

    private static IReadOnlyList<MeasureKindRule> MeasureKinds(RuleNode root)
    {
        var rules = new List<MeasureKindRule>();
        foreach (var item in root.File.Items(root.Node("measure_kinds"), "measure_kinds"))
        {
            var kind = item.Choice("kind", Kinds, required: true);
            var words = item.Texts("words", required: true);
            item.RejectUnknownKeys();
            if (kind is not null)
                rules.Add(new MeasureKindRule(kind.Value, words.Select(w => w.Value).ToArray()));
        }
        return rules;
    }
}

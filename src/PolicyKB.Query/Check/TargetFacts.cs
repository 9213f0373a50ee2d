using System.Globalization;
using PolicyKB.Core;
using PolicyKB.Rules;

namespace PolicyKB.Query.Check;

/// <summary>What the checks need to know about targets to compare them: which metric a target measures
/// (its key), whether two targets measure the same thing the same way, which is the stronger commitment,
/// and how to write one in a message.</summary>
internal sealed class TargetFacts(RuleSet rules, CheckSettings settings)
{
    /// <summary>How a target moves its metric; only targets of one kind compare.</summary>
    public enum Kind { Decrease, Increase, Level }

    /// <summary>The metric a target measures: its taxonomy id when the plan writes exactly one of the
    /// metric's names (单位GDP能耗 = 单位地区生产总值能源消耗), else the name as written. A longer written
    /// name that merely contains a metric's name (全国公共机构能效领跑者) keeps its own name, so two
    /// different quantities sharing a taxonomy entry are never taken for one.</summary>
    public string MetricKey(Target target)
    {
        var name = MetricName(target.Metric);
        if (target.MetricId is not null && rules.Metrics.IsName(name) && rules.Metrics.Find(name) is { } metric)
            return "id:" + metric.Id;
        return "name:" + name;
    }

    /// <summary>The written metric folded, without spaces and without scope words (全市, 我省).</summary>
    public string MetricName(string metric)
    {
        var name = string.Concat(TextFold.ForMatch(metric).Where(c => !char.IsWhiteSpace(c)));
        for (var trimmed = true; trimmed;)
        {
            trimmed = false;
            foreach (var prefix in settings.ScopePrefixes)
                if (name.Length > prefix.Length + 1 && name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    name = name[prefix.Length..];
                    trimmed = true;
                }
        }
        return name;
    }

    public static string Unit(Target target) => target.CanonicalUnit ?? target.Unit;

    /// <summary>The value in canonical units (40万千瓦 → 400000 kW).</summary>
    public static decimal Amount(Target target) => target.Value * (target.Scale ?? 1m);

    public static Kind KindOf(Target target) => target.Direction switch
    {
        Direction.Decrease => Kind.Decrease,
        Direction.Increase => Kind.Increase,
        _ => Kind.Level,
    };

    /// <summary>Whether a lower value is the stronger commitment: a cap (控制在…以内), or a level of a
    /// metric listed in lower_is_better. A decrease or an increase is stronger when larger.</summary>
    public bool LowerIsBetter(Target target) =>
        target.Direction == Direction.Cap
        || (KindOf(target) == Kind.Level && target.MetricId is { } id && settings.LowerIsBetter.Contains(id));

    /// <summary>A yearly rate (年均下降3%): compares only with yearly rates.</summary>
    public bool Annual(Target target)
    {
        if (target.Qualifier is { } q && settings.AnnualWords.Any(w => q.Contains(w, StringComparison.Ordinal)))
            return true;
        var sentence = Squeeze(TextFold.ForMatch(target.Evidence.Sentence));
        var value = Number(target.Value);
        foreach (var word in settings.AnnualWords)
            for (var at = sentence.IndexOf(word, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                var window = sentence.Substring(at, Math.Min(sentence.Length - at, word.Length + 10));
                if (window.Contains(value, StringComparison.Ordinal))
                    return true;
            }
        return false;
    }

    /// <summary>An aspiration rather than a firm commitment: 左右, 约 (about), or a hedge word (力争).</summary>
    public bool Hedged(Target target) =>
        target.Comparator == Comparator.About
        || (target.Qualifier is { } q && settings.HedgeWords.Any(w => q.Contains(w, StringComparison.Ordinal)));

    /// <summary>Whether values in this target's unit compare across regions of any size (%, not 万千瓦).</summary>
    public bool ComparableAcrossRegions(Target target) => settings.ComparableUnits.Contains(Unit(target));

    /// <summary>Two targets measure the same metric, for the same year, the same way (kind, unit, polarity,
    /// yearly or not), so their values can be set side by side.</summary>
    public bool SameMeasure(Target a, Target b) =>
        a.Deadline is not null && a.Deadline == b.Deadline
        && KindOf(a) == KindOf(b)
        && Unit(a) == Unit(b)
        && LowerIsBetter(a) == LowerIsBetter(b)
        && Annual(a) == Annual(b)
        && MetricKey(a) == MetricKey(b);

    /// <summary>Positive when <paramref name="a"/> commits to more than <paramref name="b"/>, negative when
    /// to less, zero when to the same value. Only for targets of <see cref="SameMeasure"/>.</summary>
    public int Strength(Target a, Target b)
    {
        var order = Amount(a).CompareTo(Amount(b));
        return LowerIsBetter(a) ? -order : order;
    }

    /// <summary>Canonical units that may stand for one another (%, percentage point).</summary>
    public bool SameFamily(string unit, string other) =>
        unit == other || settings.UnitFamilies.Any(f => f.Contains(unit) && f.Contains(other));

    public bool IsRatioName(string metric) =>
        settings.RatioSuffixes.Any(s => MetricName(metric).EndsWith(s, StringComparison.Ordinal));

    public bool IsAmountName(string metric) =>
        settings.AmountSuffixes.Any(s => MetricName(metric).EndsWith(s, StringComparison.Ordinal));

    public bool IsIntensityName(string metric) =>
        settings.IntensityWords.Any(w => MetricName(metric).Contains(w, StringComparison.Ordinal));

    /// <summary>Whether a canonical unit is a share (%, percentage point and their family).</summary>
    public bool IsShareUnit(string unit) => SameFamily(unit, "%");

    /// <summary>The target as a message writes it: 到2025年下降14.5%, 达到30%以上, 力争达到8%, 不低于30%.
    /// A qualifier stands where patterns.yaml says such words stand: after the amount (以上, 左右), before
    /// it (不低于, 超过: for a level it replaces the verb), or before the verb as a hedge (力争, 累计).</summary>
    public static string Describe(RuleSet rules, Target target)
    {
        var amount = Number(target.Value) + target.Unit;
        var verb = target.Direction switch
        {
            Direction.Decrease => "下降",
            Direction.Increase => "提高",
            Direction.Maintain => "保持在",
            Direction.Cap => "控制在",
            _ => "达到",
        };
        var written = target.Qualifier switch
        {
            null or "" => verb + amount,
            var q when target.Comparator == Comparator.Range => verb + q,
            var q => Position(rules, q) switch
            {
                QualifierPosition.After => verb + amount + q,
                QualifierPosition.Hedge => q + verb + amount,
                _ when KindOf(target) == Kind.Level && target.Direction != Direction.Cap => q + amount,
                _ => verb + q + amount,
            },
        };
        return target.Deadline is { } year ? $"到{year}年{written}" : written;
    }

    /// <summary>Where a qualifier stands: that of the patterns.yaml word it ends with (力争超过 → 超过:
    /// before), hedge when none matches.</summary>
    private static QualifierPosition Position(RuleSet rules, string qualifier) =>
        rules.Patterns.Qualifiers.Where(w => qualifier.EndsWith(w.Word, StringComparison.Ordinal))
            .OrderByDescending(w => w.Word.Length)
            .Select(w => (QualifierPosition?)w.Position)
            .FirstOrDefault() ?? QualifierPosition.Hedge;

    public static string Number(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    private static string Squeeze(string text) =>
        text.Any(char.IsWhiteSpace) ? string.Concat(text.Where(c => !char.IsWhiteSpace(c))) : text;
}

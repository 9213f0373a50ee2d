using System.Text.RegularExpressions;
using PolicyKB.Core;

namespace PolicyKB.Rules;

/// <summary>The wording of targets, from rules/patterns.yaml. Every regex runs on folded text
/// (ASCII digits, Simplified characters; see TextFold).</summary>
public sealed class PatternSet
{
    /// <summary>Phrases giving the year a target is due (到2025年, 2025年底前); group <c>year</c> or <c>period</c>.</summary>
    public required IReadOnlyList<DeadlinePattern> Deadlines { get; init; }

    /// <summary>Five-year plan periods (十四五 = 2021–2025).</summary>
    public required IReadOnlyList<Period> Periods { get; init; }

    /// <summary>Phrases giving the year a change is measured from (比2020年, 与2020年相比); group <c>year</c> or <c>period</c>.</summary>
    public required IReadOnlyList<Regex> Baselines { get; init; }

    /// <summary>Words that put a statement in the past (十三五期间, 截至目前, 已建成): no target there.</summary>
    public required IReadOnlyList<Regex> Pasts { get; init; }

    /// <summary>Headings of sections about the past (发展基础, 现状): no targets under them.</summary>
    public required IReadOnlyList<Regex> PastHeadings { get; init; }

    /// <summary>Words beside a number that qualify it (以上, 不低于, 左右, 力争), longest first.</summary>
    public required IReadOnlyList<QualifierWord> Qualifiers { get; init; }

    /// <summary>Verbs giving a target's direction (下降, 提高到, 达到, 保持在, 控制在), longest first.</summary>
    public required IReadOnlyList<DirectionWord> Directions { get; init; }

    /// <summary>What may join the two ends of a range (13%—15%, 13%至15%).</summary>
    public required IReadOnlyList<string> RangeJoiners { get; init; }

    /// <summary>Lead-ins cut from the left of a metric phrase (到2025年, 全市, 力争, 在…地区), tried repeatedly.</summary>
    public required IReadOnlyList<Regex> MetricTrims { get; init; }

    /// <summary>Phrases cut from the right of a metric phrase, between noun and verb (由20%提高到).</summary>
    public required IReadOnlyList<Regex> MetricEndTrims { get; init; }

    /// <summary>Verbs inside a phrase before a number that has no verb of its own: the metric starts
    /// after the last of them (推动新建建筑执行居住建筑65%节能标准 → 居住建筑节能标准).</summary>
    public required IReadOnlyList<string> MetricCutAfter { get; init; }

    /// <summary>Nouns after a number that are not part of the metric (…17%的目标).</summary>
    public required IReadOnlyList<string> MetricTailStops { get; init; }

    /// <summary>Nouns ending a list that every item shares when one value covers them all
    /// (化肥、农药利用率均达到40% → 化肥利用率, 农药利用率), longest first.</summary>
    public IReadOnlyList<string> SharedTails { get; init; } = [];

    /// <summary>Numbers with a unit that are not targets, told by their left and right context.</summary>
    public required IReadOnlyList<ContextRule> NotTargets { get; init; }

    /// <summary>Metrics that are pure ratios and take a number without a unit (数据中心电能利用效率（PUE）不高于1.3),
    /// told by the text just before the number.</summary>
    public IReadOnlyList<Regex> Unitless { get; init; } = [];

    /// <summary>Words marking a measure's kind (严禁 → prohibition, 鼓励 → encouragement).</summary>
    public required IReadOnlyList<MeasureKindRule> MeasureKinds { get; init; }

    public Period? FindPeriod(string name) => Periods.FirstOrDefault(p => p.Name == name);
}

/// <summary>A deadline phrase. One that <see cref="Governs"/> and opens a sentence or paragraph sets
/// the deadline of what follows (到2025年，…); a bare year or period word (2025年, “十四五”) only
/// dates its own sentence.</summary>
public sealed record DeadlinePattern(Regex Regex, bool Governs);

/// <summary>A five-year plan period: 十四五 runs 2021–2025.</summary>
public sealed record Period(string Name, int Start, int End);

public enum QualifierPosition { Before, After, Hedge }

/// <summary>A qualifier and where it stands: before the number (不低于 30%), after it (30%以上), or
/// anywhere earlier in the clause as a hedge (力争, 累计, 基本).</summary>
public sealed record QualifierWord(string Word, QualifierPosition Position, Comparator Comparator);

/// <summary>A verb and the direction it gives. <see cref="TakesObject"/>: it governs a number only when
/// it opens the phrase (累计实施100个…); after a noun it is part of the noun (节能改造20万平方米).</summary>
public sealed record DirectionWord(string Word, Direction Direction, bool TakesObject = false);

/// <summary>A number is not a target when the text just before it matches <see cref="Before"/> and the
/// text just after it matches <see cref="After"/> (either may be absent). Before is matched against the
/// clause up to the number (anchor it with $), After against the clause from the end of the unit (anchor with ^).</summary>
public sealed record ContextRule(string Name, Regex? Before, Regex? After);

public sealed record MeasureKindRule(MeasureKind Kind, IReadOnlyList<string> Words);

using System.Globalization;
using PolicyKB.Extract.Text;
using PolicyKB.Rules;

namespace PolicyKB.Extract.Targets;

/// <summary>Finds numbers followed by a unit of rules/units.yaml. A number without a unit (2025年,
/// "1+N", 4·27, 第3条, 311) is never a quantity: the unit is what makes a number a target candidate.</summary>
internal sealed class QuantityFinder(RuleSet rules)
{
    private readonly UnitTable _units = rules.Units;
    private readonly IReadOnlyList<string> _joiners = rules.Patterns.RangeJoiners;
    private readonly UnitRule _percent = rules.Units.Find("%") ?? throw new InvalidOperationException("units.yaml must define %");
    private readonly IReadOnlyList<System.Text.RegularExpressions.Regex> _unitless = rules.Patterns.Unitless;

    // A pure ratio (PUE 1.3) has no unit to write.
    private static readonly UnitRule Ratio = new("", "ratio", 1, [], 0);

    // 百分之三十 → 30 %
    private const string PercentWord = "百分之";

    // Where a quantity can start: a digit or a Chinese numeral (百 of 百分之 among them); the scan jumps
    // from one to the next instead of trying every position.
    private static readonly System.Buffers.SearchValues<char> Starts = System.Buffers.SearchValues.Create("0123456789" + ChineseNumber.Numerals);

    // X成 → X × 10 %, unless 成 starts another word (一成不变, 成为, 成果, 成本 …).
    private const string NotTenthsAfter = "不为果立熟绩员本效功交就型片套批";

    /// <summary>The quantities of a span, in order, not overlapping.</summary>
    public List<Quantity> Find(string text, Span within)
    {
        var all = new List<Quantity>();
        var i = NextStart(text, within.Start, within.End);
        while (i < within.End)
        {
            if (At(text, i, within) is not { } found)
            {
                i = NextStart(text, i + 1, within.End);
                continue;
            }
            all.Add(found);
            i = NextStart(text, found.Span.End, within.End);
        }
        return all;
    }

    /// <summary>Whether the span holds a quantity (<see cref="Find"/> would find one).</summary>
    public bool Any(string text, Span within)
    {
        for (var i = NextStart(text, within.Start, within.End); i < within.End; i = NextStart(text, i + 1, within.End))
            if (At(text, i, within) is not null)
                return true;
        return false;
    }

    /// <summary>The first position from <paramref name="from"/> where a quantity can start; <paramref name="end"/> when none.</summary>
    private static int NextStart(string text, int from, int end)
    {
        if (from >= end)
            return end;
        var skip = text.AsSpan(from, end - from).IndexOfAny(Starts);
        return skip < 0 ? end : from + skip;
    }

    /// <summary>The quantity starting at <paramref name="i"/>, if one does.</summary>
    private Quantity? At(string text, int i, Span within) =>
        char.IsAsciiDigit(text[i]) && !AfterNumber(text, i)
            ? Arabic(text, i, within.End) ?? Unitless(text, within.Start, i, within.End)
            : ChineseNumber.IsNumeral(text[i]) && !(i > 0 && ChineseNumber.IsNumeral(text[i - 1]))
                ? Chinese(text, i, within.End)
                : text.AsSpan(i).StartsWith(PercentWord) ? Chinese(text, i, within.End) : null;

    private static bool AfterNumber(string text, int i) =>
        i > 0 && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] == '.');

    private Quantity? Arabic(string text, int start, int end)
    {
        if (ReadArabic(text, start, end) is not var (value, afterNumber))
            return null;
        var j = SkipSpaces(text, afterNumber, end);
        if (Unit(text, j, end) is { } unit)
        {
            // 13%—15%: a second number with a unit after a joiner makes a range
            var k = Joiner(text, SkipSpaces(text, j + unit.Length, end), end);
            if (k >= 0 && ReadArabic(text, SkipSpaces(text, k, end), end) is var (_, afterSecond)
                && Unit(text, SkipSpaces(text, afterSecond, end), end) is { } second)
                return new Quantity(new Span(start, SkipSpaces(text, afterSecond, end) + second.Length), value,
                    unit.Written, unit.Rule, IsRange: true, IsChinese: false);
            return new Quantity(new Span(start, j + unit.Length), value, unit.Written, unit.Rule, IsRange: false, IsChinese: false);
        }
        // 5000万—6000万千瓦: a scale word on both ends, the unit after the second only
        if (j < end && text[j] is '万' or '亿' && Joiner(text, SkipSpaces(text, j + 1, end), end) is var p && p >= 0
            && ReadArabic(text, SkipSpaces(text, p, end), end) is var (_, afterScaled)
            && SkipSpaces(text, afterScaled, end) is var q && q < end && text[q] == text[j]
            && Unit(text, q, end) is { } scaled)
            return new Quantity(new Span(start, q + scaled.Length), value, scaled.Written, scaled.Rule, IsRange: true, IsChinese: false);
        // 13—15%: the unit follows the second number only
        var m = Joiner(text, j, end);
        if (m >= 0 && ReadArabic(text, SkipSpaces(text, m, end), end) is var (_, afterUpper)
            && Unit(text, SkipSpaces(text, afterUpper, end), end) is { } shared)
            return new Quantity(new Span(start, SkipSpaces(text, afterUpper, end) + shared.Length), value,
                shared.Written, shared.Rule, IsRange: true, IsChinese: false);
        return null;
    }

    /// <summary>A bare number after a ratio that takes none (电能利用效率（PUE）不高于1.3), unless it sets the
    /// class of things a rule covers (能效比不低于3.5的机组).</summary>
    private Quantity? Unitless(string text, int from, int start, int end)
    {
        if (_unitless.Count == 0 || ReadArabic(text, start, end) is not var (value, afterNumber))
            return null;
        var before = text.AsSpan(from, start - from);
        var ratio = false;
        foreach (var rule in _unitless)
            ratio |= rule.IsMatch(before);
        if (!ratio)
            return null;
        var next = SkipSpaces(text, afterNumber, end);
        foreach (var bound in Bounds)
            if (text.AsSpan(next, end - next).StartsWith(bound, StringComparison.Ordinal))
                next += bound.Length;
        if (next < end && text[next] == '的')
            return null;
        return new Quantity(new Span(start, afterNumber), value, "", Ratio, IsRange: false, IsChinese: false);
    }

    private static readonly string[] Bounds = ["及以上", "及以下", "以上", "以下"];

    private Quantity? Chinese(string text, int start, int end)
    {
        if (text.AsSpan(start, end - start).StartsWith(PercentWord))
        {
            var runStart = start + PercentWord.Length;
            var runEnd = NumeralRun(text, runStart, end);
            var percentRun = text.AsSpan(runStart, runEnd - runStart);
            if (percentRun is "百")   // 百分之百
                return new Quantity(new Span(start, runEnd), 100, "%", _percent, IsRange: false, IsChinese: true);
            return ChineseNumber.Parse(percentRun) is { } percent
                ? new Quantity(new Span(start, runEnd), percent, "%", _percent, IsRange: false, IsChinese: true)
                : null;
        }
        var stop = NumeralRun(text, start, end);
        var run = text.AsSpan(start, stop - start);
        if (!ChineseNumber.HasDigit(run))
            return null;
        // Shortest numeral first, so that a unit starting with 万/亿/千 keeps its prefix:
        // 十万千瓦 is 10 万千瓦, 两万辆 is 2 万辆, 一百二十万千瓦 is 120 万千瓦.
        for (var length = 1; length <= run.Length; length++)
        {
            if (run[length - 1] == '点')
                continue;
            if (Unit(text, start + length, end) is { } unit && ChineseNumber.Parse(run[..length]) is { } value)
                return new Quantity(new Span(start, start + length + unit.Length), value, unit.Written, unit.Rule,
                    IsRange: false, IsChinese: true);
        }
        // 两成, 三成: tenths, as a percentage
        if (run.Length == 1 && stop < end && text[stop] == '成'
            && (stop + 1 >= text.Length || !NotTenthsAfter.Contains(text[stop + 1]))
            && ChineseNumber.Parse(run) is { } tenths)
            return new Quantity(new Span(start, stop + 1), tenths * 10, "%", _percent, IsRange: false, IsChinese: true);
        return null;
    }

    private static int NumeralRun(string text, int start, int end)
    {
        var i = start;
        while (i < end && i - start < 12 && ChineseNumber.IsNumeral(text[i]))
            i++;
        return i;
    }

    /// <summary>Digits, thousands commas and one decimal point: 14.5, 4,869, 0.08.</summary>
    private static (decimal Value, int End)? ReadArabic(string text, int start, int end)
    {
        if (start >= end || !char.IsAsciiDigit(text[start]))
            return null;
        var i = start;
        while (i < end && (char.IsAsciiDigit(text[i]) || (text[i] == ',' && i + 3 < end + 1 && IsThousands(text, i, end))))
            i++;
        if (i + 1 < end && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < end && char.IsAsciiDigit(text[i]))
                i++;
        }
        var digits = text[start..i].Replace(",", "");
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? (value, i)
            : null;
    }

    private static bool IsThousands(string text, int comma, int end) =>
        comma + 3 < end && char.IsAsciiDigit(text[comma + 1]) && char.IsAsciiDigit(text[comma + 2]) && char.IsAsciiDigit(text[comma + 3])
        && (comma + 4 >= end || !char.IsAsciiDigit(text[comma + 4]));

    /// <summary>A unit at <paramref name="at"/>: a unit of the table, or 万/亿 before one that the table
    /// lacks in that size (1.2万个 → 万个 with the scale multiplied).</summary>
    private (string Written, UnitRule Rule, int Length)? Unit(string text, int at, int end)
    {
        if (at >= end)
            return null;
        if (_units.MatchAt(text, at) is var (rule, length) && at + length <= end)
        {
            // 克标准煤/千瓦时, 吨/万元: a unit per unit
            var slash = at + length;
            if (slash + 1 < end && text[slash] is '/' or '／' && _units.MatchAt(text, slash + 1, afterSlash: true) is var (per, perLength) && slash + 1 + perLength <= end)
            {
                var compound = text.Substring(at, length + 1 + perLength);
                return (compound, rule with { Written = compound, Canonical = $"{rule.Canonical}/{per.Canonical}", Scale = rule.Scale / per.Scale, Aliases = [] },
                    length + 1 + perLength);
            }
            return (text.Substring(at, length), rule, length);
        }
        if (text[at] is '万' or '亿' && _units.MatchAt(text, at + 1) is var (inner, innerLength) && at + 1 + innerLength <= end)
        {
            var scale = text[at] == '万' ? 10_000m : 100_000_000m;
            var written = text.Substring(at, 1 + innerLength);
            return (written, inner with { Written = written, Scale = inner.Scale * scale, Aliases = [] }, 1 + innerLength);
        }
        return null;
    }

    private int Joiner(string text, int at, int end)
    {
        foreach (var joiner in _joiners)
            if (at + joiner.Length <= end && string.CompareOrdinal(text, at, joiner, 0, joiner.Length) == 0)
                return at + joiner.Length;
        return -1;
    }

    private static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && (text[i] == ' ' || text[i] == '\u00A0'))
            i++;
        return i;
    }
}

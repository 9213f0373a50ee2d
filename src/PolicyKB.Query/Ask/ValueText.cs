using System.Globalization;
using PolicyKB.Core;
using PolicyKB.Rules;

namespace PolicyKB.Query.Ask;

/// <summary>Writes a target's value the way plans do: hedges and before-qualifiers in front, the value
/// and its unit, after-qualifiers behind (力争超过7000万千瓦, 9.5%左右, 20亿立方米以上).</summary>
internal sealed class ValueText(PatternSet patterns, IReadOnlyDictionary<Direction, string> directionWords)
{
    private readonly QualifierWord[] _words = patterns.Qualifiers.OrderByDescending(q => q.Word.Length).ToArray();

    /// <summary>The value with its qualifiers: 14.5%以上.</summary>
    public string Value(Target target)
    {
        if (target.Comparator == Comparator.Range && !string.IsNullOrEmpty(target.Qualifier))
            return target.Qualifier;   // a range is kept as written (13%—15%)
        var (hedges, before, after) = Split(target.Qualifier);
        return hedges + before + Number(target.Value) + target.Unit + after;
    }

    /// <summary>The value with its direction, for a comparison line: 下降14.5%以上, 累计下降17%.</summary>
    public string WithDirection(Target target)
    {
        var verb = directionWords.GetValueOrDefault(target.Direction, "");
        if (target.Comparator == Comparator.Range && !string.IsNullOrEmpty(target.Qualifier))
            return verb + target.Qualifier;
        var (hedges, before, after) = Split(target.Qualifier);
        return hedges + verb + before + Number(target.Value) + target.Unit + after;
    }

    public static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    // 力争超过 is one before-word; 累计 is a hedge; unknown words go in front.
    private (string Hedges, string Before, string After) Split(string? qualifier)
    {
        string hedges = "", before = "", after = "";
        var rest = qualifier ?? "";
        while (rest.Length > 0)
        {
            var word = _words.FirstOrDefault(w => rest.StartsWith(w.Word, StringComparison.Ordinal));
            if (word is null)
            {
                hedges += rest[0];
                rest = rest[1..];
                continue;
            }
            switch (word.Position)
            {
                case QualifierPosition.After: after += word.Word; break;
                case QualifierPosition.Before: before += word.Word; break;
                default: hedges += word.Word; break;
            }
            rest = rest[word.Word.Length..];
        }
        return (hedges, before, after);
    }
}

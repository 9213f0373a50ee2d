using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyKB.CorpusGen;

/// <summary>Heading markers of the genre (一、 / （一） / 1. / （1） / 第一部分) renumbered after sections are
/// reordered, so a shuffled plan still counts 一、二、三.</summary>
internal static partial class Headings
{
    // Each style: the marker with its number captured.
    [GeneratedRegex(@"^(?<open>)(?<n>[一二三四五六七八九十百零〇]+)(?<close>、)")]
    private static partial Regex ChineseComma();

    [GeneratedRegex(@"^(?<open>[（(])(?<n>[一二三四五六七八九十百零〇]+)(?<close>[）)])")]
    private static partial Regex ChineseParen();

    [GeneratedRegex(@"^(?<open>)(?<n>\d+)(?<close>[.．、](?!\d))")]
    private static partial Regex ArabicDot();

    [GeneratedRegex(@"^(?<open>[（(])(?<n>\d+)(?<close>[）)])")]
    private static partial Regex ArabicParen();

    [GeneratedRegex(@"^(?<open>第)(?<n>[一二三四五六七八九十百]+)(?<close>[章节部分条])")]
    private static partial Regex Ordinal();

    private static readonly (Regex Regex, bool Chinese)[] Styles =
    [
        (ChineseComma(), true), (ChineseParen(), true), (ArabicDot(), false), (ArabicParen(), false), (Ordinal(), true),
    ];

    /// <summary>The headings renumbered 1…n when they all use one marker style; otherwise as they were.</summary>
    public static IReadOnlyList<string> Renumber(IReadOnlyList<string> headings)
    {
        foreach (var (regex, chinese) in Styles)
        {
            if (headings.Count == 0 || !headings.All(h => regex.IsMatch(h)))
                continue;
            return headings.Select((h, i) =>
            {
                var m = regex.Match(h);
                var n = chinese ? Numeral(i + 1) : (i + 1).ToString(CultureInfo.InvariantCulture);
                return m.Groups["open"].Value + n + m.Groups["close"].Value + h[m.Length..];
            }).ToList();
        }
        return headings;
    }

    /// <summary>1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (up to 99).</summary>
    public static string Numeral(int n)
    {
        const string digits = "零一二三四五六七八九";
        if (n < 10)
            return digits[n].ToString();
        var tens = n / 10;
        var ones = n % 10;
        return (tens == 1 ? "" : digits[tens].ToString()) + "十" + (ones == 0 ? "" : digits[ones].ToString());
    }
}

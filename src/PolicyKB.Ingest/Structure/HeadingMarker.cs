using System.Text.RegularExpressions;
using PolicyKB.Rules;

namespace PolicyKB.Ingest.Structure;

/// <summary>A heading found at the start of a line: its marker kind, the heading as written, and the text
/// that follows an inline heading (（一）指导思想。以习近平… → heading 「（一）指导思想」, rest 「以习近平…」).</summary>
internal readonly record struct HeadingMatch(string Kind, string Heading, string? Rest);

/// <summary>The numbering markers of Chinese government documents. Depth is not fixed per marker: the
/// section builder stacks kinds in order of first appearance, so a plan that skips a level still nests.</summary>
internal static partial class HeadingMarker
{
    // Longest heading text (after the marker) taken as a whole-line heading, and longest first sentence
    // taken as an inline heading. Plans' headings run 4-25 characters; sentences with targets run longer.
    private const int MaxWholeHeading = 50;
    private const int MaxInlineHeading = 30;
    private const int MaxDashHeading = 20;

    // Matched on TextFold output: full-width digits are ASCII there, （） stay as written.
    [GeneratedRegex(@"^(?:" +
        @"(?<chapter>第[一二三四五六七八九十百零〇\d]{1,4}(?:章|部分|篇))|" + // 第一章 第一部分
        @"(?<section>第[一二三四五六七八九十百零〇\d]{1,4}节)|" +          // 第一节
        @"(?<han>[一二三四五六七八九十百零〇]{1,4}[、．.](?!\d))|" +       // 一、 一．
        @"(?<parenHan>[（(]\s*[一二三四五六七八九十百零〇]{1,4}\s*[）)])|" + // （一） (一)
        @"(?<parenNum>[（(]\s*\d{1,2}\s*[）)])|" +                         // （1） (1)
        @"(?<numParen>\d{1,2}[）)])|" +                                       // 1） 1)
        @"(?<num>\d{1,2}[、.](?!\d))|" +                                     // 1. 1、 1．(folded to .)
        @"(?<circled>[①-⑳])|" +                                              // ① … ⑳
        @"(?<dash>——|－－|--)" +                                               // ——总体部署、分类施策
        @")\s*")]
    private static partial Regex Marker();

    // Group name → the kind reported (as a reader would name the marker).
    private static readonly (string Group, string Kind)[] Kinds =
    [
        ("chapter", "第一章"), ("section", "第一节"), ("han", "一、"), ("parenHan", "（一）"), ("parenNum", "（1）"),
        ("numParen", "1）"), ("num", "1."), ("circled", "①"), ("dash", "——"),
    ];

    // Sentence ends inside a line: 。！？ and their ASCII forms; ；ends a clause that closes a heading too.
    private static readonly char[] SentenceEnds = ['。', '！', '？', '!', '?', '；', ';'];

    // A number with a unit or a year: a first sentence carrying one is a target sentence, not a heading.
    [GeneratedRegex(@"\d+(?:\.\d+)?\s*(?:%|年|万|亿|个|家|座|吨|千瓦)")]
    private static partial Regex Quantity();

    /// <summary>The marker kind at the start of the line, or null.</summary>
    public static string? KindOf(string line) => MatchMarker(TextFold.ForMatch(line)) is var (kind, _) && kind.Length > 0 ? kind : null;

    /// <summary>The heading at the start of a line, or null when the line has no marker or is a numbered
    /// sentence (1. 到2025年，全市单位地区生产总值能耗下降14.5%。) rather than a heading.</summary>
    public static HeadingMatch? Parse(string line)
    {
        var folded = TextFold.ForMatch(line);
        var (kind, markerLength) = MatchMarker(folded);
        if (kind.Length == 0)
            return null;
        var rest = folded[markerLength..];
        if (rest.Length == 0)
            return null;

        var end = rest.IndexOfAny(SentenceEnds);
        if (end < 0)
        {
            // A whole line without a sentence end: a heading when short and not a clause list.
            return rest.Length <= MaxWholeHeading && !rest.Contains('，') && !rest.Contains(',')
                ? new HeadingMatch(kind, line.TrimEnd(), null)
                : null;
        }
        var first = rest[..end];
        var limit = kind == "——" ? MaxDashHeading : MaxInlineHeading;
        if (first.Length == 0 || first.Length > limit || Quantity().IsMatch(first))
            return null;
        // A comma in a short first sentence is allowed (坚持节约优先，提升能效) only when very short.
        if ((first.Contains('，') || first.Contains(',')) && first.Length > 16)
            return null;
        var heading = line[..(markerLength + end)].TrimEnd();
        var after = line[(markerLength + end + 1)..].Trim();
        return new HeadingMatch(kind, heading, after.Length > 0 ? after : null);
    }

    /// <summary>A line that is a heading and nothing else (一、工作目标): never glued to the next line.</summary>
    public static bool IsWholeHeading(string line) => Parse(line) is { Rest: null } match &&
        TextFold.ForMatch(match.Heading).IndexOfAny(SentenceEnds) < 0;

    private static (string Kind, int Length) MatchMarker(string folded)
    {
        var m = Marker().Match(folded);
        if (!m.Success)
            return ("", 0);
        foreach (var (group, kind) in Kinds)
            if (m.Groups[group].Success)
                return (kind, m.Length);
        return ("", 0);
    }
}

using System.Text.RegularExpressions;
using PolicyKB.Ingest.Metadata;
using PolicyKB.Ingest.Structure;
using PolicyKB.Rules;

namespace PolicyKB.Ingest.Normalize;

/// <summary>Marks the title block at the top: a masthead, 文号 or date lines before it, one to four title
/// lines (a title split over lines is joined later), and the 文号 or date line right under it. When the
/// title is a notice that issues a plan (关于印发《X》的通知) and the plan's own title X follows as a line,
/// that line becomes the title and the notice's lines stay in the preamble.</summary>
internal sealed partial class MarkTitleBlock : INormalizeStep
{
    private const int MaxTitleLines = 4;
    private const int MaxTitleLineLength = 80;
    // How far below the notice's title the plan's own title may appear (the notice's letter is short).
    private const int NoticeSearchLines = 40;

    // Sentence and clause punctuation: a line with one is text, not a title line. 、 is allowed
    // (中共中央、国务院关于…) and so are brackets and quotes.
    private static readonly char[] TextPunctuation = ['。', '，', '；', '：', '！', '？', ',', ';', ':', '!', '?'];

    // 柳州市人民政府文件 (red-head masthead), 附件 / 附件1 labels, 特急 / 签发人：…
    [GeneratedRegex(@"^(?:.{2,20}文件|附件\s*\d*\s*[:：]?|特急|加急|平急|签发人\s*[:：].*|.*★.*)$")]
    private static partial Regex Masthead();

    // How titles of the genre end: the document type, or the bracketed period （2023-2025年）.
    [GeneratedRegex(@"(?:方案|意见|通知|规划|计划|办法|决定|措施|细则|纲要|要点|行动|报告|条例|规定|函|批复|公告|通告|指南|清单|目录|标准|[)）])$")]
    private static partial Regex TitleEnd();

    private const int MaxSubtitleLength = 20;

    // 关于印发《X》的通知 / 关于印发X的通知 / 转发…: X is the plan the notice wraps (the 《》 are often left out).
    [GeneratedRegex(@"(?:印发|转发|发布|公布)\s*《?(?<plan>[^《》]+?)》?\s*的?(?:通知|函)$")]
    private static partial Regex Notice();

    public NormalizedText Apply(NormalizedText text)
    {
        var lines = text.Lines.ToList();
        var i = MarkWhile(lines, 0, int.MaxValue, IsHeadMeta, LineHint.Meta);
        var start = i;
        i = MarkTitleLines(lines, i);
        if (i == start)
            return text.With(lines);
        i = MarkWhile(lines, i, int.MaxValue, IsHeadMeta, LineHint.Meta);

        MarkWrappedPlanTitle(lines, start, i);
        return text.With(lines);
    }

    /// <summary>Gives <paramref name="hint"/> to up to <paramref name="max"/> lines from <paramref name="from"/>
    /// while <paramref name="test"/> holds; returns the index after the last one marked.</summary>
    private static int MarkWhile(List<SourceLine> lines, int from, int max, Func<SourceLine, bool> test, LineHint hint)
    {
        var i = from;
        for (; i < lines.Count && i - from < max && test(lines[i]); i++)
            lines[i] = lines[i] with { Hint = hint };
        return i;
    }

    /// <summary>Marks up to four title lines. A title that already ends like a title (…实施方案, …意见,
    /// …（2023-2025年）) takes only a bracketed line more (（征求意见稿）), so the first line of a paragraph
    /// broken at a fixed width, unpunctuated as it may be, is not taken into the title.</summary>
    private static int MarkTitleLines(List<SourceLine> lines, int from)
    {
        var title = "";
        var i = from;
        for (; i < lines.Count && i - from < MaxTitleLines && IsTitleLike(lines[i]); i++)
        {
            var text = TextFold.ForMatch(lines[i].Text);
            if (title.Length > 0 && TitleEnd().IsMatch(title) && !(text[0] is '（' or '(' && text.Length <= MaxSubtitleLength))
                break;
            title += text;
            lines[i] = lines[i] with { Hint = LineHint.Title };
        }
        return i;
    }

    private static void MarkWrappedPlanTitle(List<SourceLine> lines, int titleStart, int titleEnd)
    {
        var notice = string.Concat(lines.Skip(titleStart).Take(titleEnd - titleStart).Where(l => l.Hint == LineHint.Title).Select(l => l.Text));
        var m = Notice().Match(TextFold.ForMatch(notice));
        if (!m.Success)
            return;
        var plan = Key(m.Groups["plan"].Value);
        for (var j = titleEnd; j < Math.Min(lines.Count, titleEnd + NoticeSearchLines); j++)
        {
            // The plan's title may itself be split over lines: accumulate while it stays a prefix.
            var joined = "";
            for (var k = j; k < lines.Count && k - j < MaxTitleLines && lines[k].Hint == LineHint.None; k++)
            {
                joined += Key(lines[k].Text);
                if (!plan.StartsWith(joined, StringComparison.Ordinal))
                    break;
                if (joined.Length == plan.Length)
                {
                    for (var t = titleStart; t < titleEnd; t++)
                        if (lines[t].Hint == LineHint.Title)
                            lines[t] = lines[t] with { Hint = LineHint.NoticeTitle };
                    for (var t = j; t <= k; t++)
                        lines[t] = lines[t] with { Hint = LineHint.Title };
                    return;
                }
            }
        }
    }

    /// <summary>The plan a notice's title issues (关于印发X的通知 → X, as written), or null.</summary>
    internal static string? PlanIn(string noticeTitle)
    {
        var m = Notice().Match(TextFold.ForMatch(noticeTitle));
        return m.Success ? noticeTitle.Substring(m.Groups["plan"].Index, m.Groups["plan"].Length).Trim() : null;
    }

    private static string Key(string s) => TextFold.ForMatch(s).Replace(" ", "");

    private static bool IsHeadMeta(SourceLine line) =>
        line.Hint == LineHint.None &&
        (DocNumberText.OfLine(line.Text) is not null || DateText.OfDateLine(line.Text) is not null ||
         Masthead().IsMatch(TextFold.ForMatch(line.Text)));

    private static bool IsTitleLike(SourceLine line)
    {
        if (line.Hint is not (LineHint.None or LineHint.Heading))
            return false;
        var text = line.Text;
        return text.Length is >= 2 and <= MaxTitleLineLength &&
               text.IndexOfAny(TextPunctuation) < 0 &&
               HeadingMarker.KindOf(text) is null &&
               !text.Contains('\t') && !text.Contains('|') &&
               !IsHeadMeta(line) && !DropPageNumbers.IsPageNumber(text);
    }
}

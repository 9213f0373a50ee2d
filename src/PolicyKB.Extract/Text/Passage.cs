using PolicyKB.Rules;

namespace PolicyKB.Extract.Text;

/// <summary>A piece of a plan as written, its folded copy for matching (same length: offsets agree,
/// so a match on the fold quotes the original) and a masked copy in which 《titles》 are blanked,
/// so that years and numbers inside cited titles (《2030年前碳达峰行动方案》) count for nothing.</summary>
internal sealed class Passage
{
    public const char Blank = '□';

    public Passage(string original)
    {
        Original = original;
        Folded = TextFold.ForMatch(original);
        Masked = MaskTitles(FoldChineseYears(Folded));
    }

    public string Original { get; }
    public string Folded { get; }
    public string Masked { get; }

    public int Length => Original.Length;

    /// <summary>The original text of a span, with the whitespace PDFs and web pages put between
    /// Chinese characters and numbers removed (单位 GDP 二氧化碳排放 → 单位GDP二氧化碳排放).</summary>
    public string Squeezed(Span span) => Squeeze(span.Of(Original));

    public static string Squeeze(string text) =>
        text.Any(char.IsWhiteSpace) ? string.Concat(text.Where(c => !char.IsWhiteSpace(c))) : text;

    // 二〇二五年 → 2025年: a year written digit by digit in Chinese numerals (one for one, so the length stays).
    private const string YearDigits = "〇一二三四五六七八九";

    private static string FoldChineseYears(string folded)
    {
        char[]? chars = null;
        for (var i = folded.IndexOf('年'); i >= 4; i = folded.IndexOf('年', i + 1))
        {
            var start = i - 4;
            if (!IsYearDigits(folded, start, i) || (start > 0 && (YearDigits.Contains(folded[start - 1]) || folded[start - 1] == '零')))
                continue;
            chars ??= folded.ToCharArray();
            for (var k = start; k < i; k++)
                chars[k] = (char)('0' + YearDigits.IndexOf(folded[k] == '零' ? '〇' : folded[k]));
        }
        return chars is null ? folded : new string(chars);
    }

    private static bool IsYearDigits(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (!YearDigits.Contains(text[k]) && text[k] != '零')
                return false;
        return text[start] is '一' or '二';   // 19xx or 20xx
    }

    private static string MaskTitles(string folded)
    {
        if (!folded.Contains('《'))
            return folded;
        var chars = folded.ToCharArray();
        var depth = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '《')
                depth++;
            else if (chars[i] == '》' && depth > 0)
                depth--;
            else if (depth > 0)
                chars[i] = Blank;
        }
        return new string(chars);
    }
}

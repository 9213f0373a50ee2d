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
        Masked = MaskTitles(Folded);
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

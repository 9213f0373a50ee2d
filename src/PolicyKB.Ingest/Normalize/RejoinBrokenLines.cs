using PolicyKB.Ingest.Metadata;
using PolicyKB.Ingest.Structure;
using PolicyKB.Rules;

namespace PolicyKB.Ingest.Normalize;

/// <summary>Joins lines broken inside a sentence: at a page break (推动结 / — 3 — / 构优化调整) or at a fixed
/// width in PDF text. A line continues onto the next when it does not end a sentence and neither line is
/// a heading, a list item, a table row, a date or a short unpunctuated line (signature, unmarked heading).</summary>
internal sealed class RejoinBrokenLines : INormalizeStep
{
    private const int MaxUnpunctuatedLine = 30;
    private const int MinBrokenParagraph = 20;
    private const int MaxLabelLine = 40;

    // Sentence ends: 。！？；：… and ASCII forms. A closing bracket ends a line that closes with a remark
    // such as （牵头单位：市发展改革委）; quotes are looked through (…。”).
    private const string SentenceEnds = "。！？；：…!?;:";
    private const string Closers = "”’」』\"'";
    private const string ClosingBrackets = "）)】]";
    private const string Punctuation = "。，、；：！？,.;:!?";

    public NormalizedText Apply(NormalizedText text)
    {
        var width = FixedWidth.Of(text.Lines);
        // Whether paragraphs are marked by indentation: then an unindented line after a full one continues.
        var indents = text.Lines.Count(l => l.Indented) >= 2;
        var result = new List<SourceLine>(text.Lines.Count);
        SourceLine? last = null;   // the last physical line, before joining
        foreach (var line in text.Lines)
        {
            if (last is not null && Continues(last, line, width, indents))
                result[^1] = result[^1] with { Text = result[^1].Text + line.Text };
            else
                result.Add(line);
            last = line;
        }
        return text.With(result);
    }

    private static bool Continues(SourceLine previous, SourceLine next, int? width, bool indents)
    {
        if (previous.Hint != LineHint.None || next.Hint != LineHint.None)
            return false;
        if (HeadingMarker.KindOf(next.Text) is not null || IsDateOrRow(next.Text) || IsDateOrRow(previous.Text))
            return false;
        if (HeadingMarker.IsWholeHeading(previous.Text))
            return false;
        // A bracket left open goes on where the next line closes it: 责任单位：市能源局、市工信局（排名第一的 /
        // 为牵头单位，下同） is one line broken by a PDF's width, however short.
        if (OpensBracket(previous.Text) && next.Text.IndexOfAny(['）', ')']) >= 0)
            return true;
        // A unit broken at its slash (300克标准煤/ / 千瓦时) goes on, however short the line.
        if (previous.Text.TrimEnd() is [.., '/' or '／'])
            return true;
        // PDF text broken at a fixed width: a full line continues unless it ends a sentence and the next
        // line starts a paragraph (indented, where the text indents paragraphs).
        if (width is { } w && FixedWidth.IsFull(previous.Text, w))
            return !EndsSentence(previous.Text) || (indents && !next.Indented);
        // Text with one paragraph per line breaks mid-sentence only at page breaks, inside long lines; a
        // short line without a sentence end is a label (责任单位：市发展改革委), a signature or a heading.
        return previous.Text.Length >= MinBrokenParagraph && !IsLabel(previous.Text) && !IsShortUnpunctuated(previous.Text) &&
               !IsShortUnpunctuated(next.Text) && !EndsSentence(previous.Text);
    }

    /// <summary>A short line without punctuation stands alone: a heading without marker, a signature
    /// (广安市人民政府), a title line.</summary>
    private static bool IsShortUnpunctuated(string line) =>
        line.Length <= MaxUnpunctuatedLine && !line.Any(c => Punctuation.Contains(c));

    /// <summary>责任单位：市发展改革委 / 牵头单位: …: a short "label：value" line.</summary>
    private static bool IsLabel(string line) =>
        line.Length <= MaxLabelLine && line.IndexOfAny(['：', ':']) is > 1 and <= 8;

    /// <summary>Whether a line opens more round brackets than it closes.</summary>
    private static bool OpensBracket(string line) =>
        line.Count(c => c is '（' or '(') > line.Count(c => c is '）' or ')');

    private static bool IsDateOrRow(string line) =>
        DateText.OfDateLine(line) is not null || line.Contains('\t') || line.Count(c => c == '|') >= 2;

    public static bool EndsSentence(string line)
    {
        var s = TextFold.ForMatch(line).TrimEnd();
        while (s.Length > 1 && Closers.Contains(s[^1]))
            s = s[..^1];
        return s.Length > 0 && (SentenceEnds.Contains(s[^1]) || ClosingBrackets.Contains(s[^1]));
    }
}

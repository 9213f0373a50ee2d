using PolicyKB.Ingest.Structure;
using PolicyKB.Rules;

namespace PolicyKB.Ingest.Normalize;

/// <summary>Drops running headers and footers that PDF text repeats on every page (the plan's title,
/// 柳州市人民政府文件, 内部资料 注意保存): a short line seen three times or more. Its first occurrence is
/// kept when it opens the document, where it is the title.</summary>
internal sealed class DropRunningHeaders : INormalizeStep
{
    private const int MinRepeats = 3;
    private const int MaxHeaderLength = 40;
    // A repeat at one of the first lines is the real title, not yet a running header.
    private const int TitleZone = 3;

    public NormalizedText Apply(NormalizedText text)
    {
        var counts = new Dictionary<string, int>();
        foreach (var line in text.Lines)
            if (IsCandidate(line))
                counts[Key(line)] = counts.GetValueOrDefault(Key(line)) + 1;
        var repeated = counts.Where(c => c.Value >= MinRepeats).Select(c => c.Key).ToHashSet();
        if (repeated.Count == 0)
            return text;

        // The first occurrence is kept only when it is among the opening lines (the title).
        var keepOnce = text.Lines.Take(TitleZone).Where(IsCandidate).Select(Key).Where(repeated.Contains).ToHashSet();
        var kept = new List<SourceLine>(text.Lines.Count);
        foreach (var line in text.Lines)
        {
            if (!IsCandidate(line) || !repeated.Contains(Key(line)) || keepOnce.Remove(Key(line)))
                kept.Add(line);
        }
        return text.With(kept);
    }

    // Headings repeat legitimately ((一)加强组织领导 in several chapters), sentences do not repeat.
    private static bool IsCandidate(SourceLine line) =>
        line.Hint == LineHint.None && line.Text.Length <= MaxHeaderLength && !line.Text.Contains('。') &&
        HeadingMarker.KindOf(line.Text) is null && !line.Text.Contains('\t') && !line.Text.Contains('|');

    private static string Key(SourceLine line) => TextFold.ForMatch(line.Text).Replace(" ", "");
}

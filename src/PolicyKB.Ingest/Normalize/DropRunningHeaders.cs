using PolicyKB.Ingest.Structure;
using PolicyKB.Rules;

namespace PolicyKB.Ingest.Normalize;

/// <summary>Drops running headers and footers that PDF text repeats on every page (the plan's title,
/// 柳州市人民政府公报, 内部资料 注意保存): a short unpunctuated line seen three times or more, in text that has
/// page numbers or when the line repeats the title. Its first occurrence is kept when it opens the
/// document, where it is the title. Runs before page numbers are dropped: they are the evidence.</summary>
internal sealed class DropRunningHeaders : INormalizeStep
{
    private const int MinRepeats = 3;
    // Text lines carry punctuation; running headers do not (责任单位：市发展改革委 may repeat legitimately).
    private static readonly char[] Punctuation = ['。', '，', '；', '：', '、', ',', ';', ':'];
    private const int MaxHeaderLength = 40;
    // A repeat at one of the first lines is the real title, not yet a running header.
    private const int TitleZone = 3;

    public NormalizedText Apply(NormalizedText text)
    {
        var counts = new Dictionary<string, int>();
        foreach (var line in text.Lines)
            if (IsCandidate(line))
                counts[Key(line)] = counts.GetValueOrDefault(Key(line)) + 1;
        // Without page numbers only a repeated title counts: a repeated short line may be text (a unit name).
        var paged = text.Lines.Count(l => l.Hint == LineHint.None && DropPageNumbers.IsPageNumber(l.Text)) >= 2;
        var title = text.Lines.FirstOrDefault(IsCandidate) is { } first ? Key(first) : null;
        var repeated = counts.Where(c => c.Value >= MinRepeats && (paged || c.Key == title)).Select(c => c.Key).ToHashSet();
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
        line.Hint == LineHint.None && line.Text.Length <= MaxHeaderLength && line.Text.IndexOfAny(Punctuation) < 0 &&
        !DropPageNumbers.IsPageNumber(line.Text) &&
        HeadingMarker.KindOf(line.Text) is null && !line.Text.Contains('\t') && !line.Text.Contains('|');

    private static string Key(SourceLine line) => TextFold.ForMatch(line.Text).Replace(" ", "");
}

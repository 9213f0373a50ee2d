using System.Text;

namespace PolicyKB.Store;

/// <summary>Finds the query terms in a passage (on the folded text, so 節能 is found for 节能) and marks
/// them in the original wording.</summary>
public static class Highlighter
{
    /// <summary>Non-overlapping spans where any of the (folded) needles occurs in the folded text,
    /// in order; overlapping and touching occurrences merge. Quotation marks are looked through, as the
    /// index does: 两高项目 is found in “两高”项目.</summary>
    public static IReadOnlyList<Highlight> Find(string folded, IEnumerable<string> foldedNeedles)
    {
        var (text, map) = Squeeze(folded);
        var spans = new List<(int Start, int End)>();
        foreach (var needle in foldedNeedles.Select(n => Squeeze(n).Text).Where(n => n.Length > 0).Distinct())
            for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0;
                 at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
                spans.Add((map[at], map[at + needle.Length - 1] + 1));
        spans.Sort();
        var merged = new List<Highlight>();
        foreach (var (start, end) in spans)
        {
            if (merged.Count > 0 && start <= merged[^1].Start + merged[^1].Length)
            {
                var last = merged[^1];
                merged[^1] = last with { Length = Math.Max(last.Length, end - last.Start) };
            }
            else
            {
                merged.Add(new Highlight(start, end - start));
            }
        }
        return merged;
    }

    // The text without quotation marks, and for each remaining char its offset in the original.
    private static (string Text, int[] Map) Squeeze(string folded)
    {
        var text = new StringBuilder(folded.Length);
        var map = new int[folded.Length];
        for (var i = 0; i < folded.Length; i++)
            if (!HanText.IsTransparent(folded[i]))
            {
                map[text.Length] = i;
                text.Append(folded[i]);
            }
        return (text.ToString(), map);
    }

    /// <summary>The text with each span wrapped in <paramref name="open"/> … <paramref name="close"/>.</summary>
    public static string Mark(string text, IReadOnlyList<Highlight> spans, string open = "【", string close = "】")
    {
        var output = new StringBuilder(text.Length + spans.Count * (open.Length + close.Length));
        var at = 0;
        foreach (var span in spans)
        {
            output.Append(text, at, span.Start - at).Append(open).Append(text, span.Start, span.Length).Append(close);
            at = span.Start + span.Length;
        }
        return output.Append(text, at, text.Length - at).ToString();
    }
}

using PolicyKB.Store;

namespace PolicyKB.Query;

/// <summary>A short excerpt of a long passage for tables: the paragraph's lead-in (the department of a
/// duty paragraph, 市农业农村局:) and the sentences that hold hits, gaps shown as …</summary>
/// <param name="Text">The excerpt.</param>
/// <param name="Highlights">The hits, as offsets in <paramref name="Text"/>.</param>
public sealed record Snippet(string Text, IReadOnlyList<Highlight> Highlights)
{
    private const int LeadInMax = 16;
    private const string Gap = "…";

    /// <summary>The whole passage when it is at most <paramref name="maxChars"/> long, else an excerpt.</summary>
    public static Snippet Of(SearchHit hit, int maxChars = 160)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var text = hit.Text;
        if (text.Length <= maxChars)
            return new Snippet(text, hit.Highlights);

        var pieces = new List<(int Start, int End)>();
        // 市农业农村局:农业农村领域… — a department (or other label) before a colon near the start.
        var colon = text.IndexOfAny([':', '：']);
        if (colon is > 0 and <= LeadInMax)
            pieces.Add((0, colon + 1));
        var budget = maxChars - pieces.Sum(p => p.End - p.Start);
        foreach (var (start, length) in SentencesWithHits(text, hit.Highlights))
        {
            var from = Math.Max(start, pieces.Count > 0 ? pieces[^1].End : 0);
            var end = Math.Min(start + length, from + budget);
            if (end <= from)
                break;
            pieces.Add((from, end));
            budget -= end - from;
            if (budget <= 0)
                break;
        }
        if (pieces.Count == 0 || pieces.All(p => p.End <= colon + 1))
            pieces.Add((pieces.Count > 0 ? pieces[^1].End : 0, Math.Min(text.Length, maxChars)));

        var output = new System.Text.StringBuilder();
        var marks = new List<Highlight>();
        var previousEnd = 0;
        foreach (var (start, end) in pieces)
        {
            if (start > previousEnd)
                output.Append(Gap);
            var offset = output.Length - start;
            output.Append(text, start, end - start);
            foreach (var h in hit.Highlights)
            {
                var s = Math.Max(h.Start, start);
                var e = Math.Min(h.Start + h.Length, end);
                if (e > s)
                    marks.Add(new Highlight(s + offset, e - s));
            }
            previousEnd = end;
        }
        if (previousEnd < text.Length)
            output.Append(Gap);
        return new Snippet(output.ToString(), marks);
    }

    // Sentences (ending in 。；！？) that contain a hit, in order.
    private static IEnumerable<(int Start, int Length)> SentencesWithHits(string text, IReadOnlyList<Highlight> hits)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('。' or '；' or '！' or '？' or ';'))
                continue;
            var end = Math.Min(i + 1, text.Length);
            if (hits.Any(h => h.Start < end && h.Start + h.Length > start))
                yield return (start, end - start);
            start = end;
        }
    }
}

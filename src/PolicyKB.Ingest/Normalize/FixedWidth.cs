namespace PolicyKB.Ingest.Normalize;

/// <summary>Detects text broken at a fixed line width (PDF extraction, e-mail): most long lines have
/// the same length, give or take a character or two (digits and Latin letters are narrower).</summary>
internal static class FixedWidth
{
    private const int MinLines = 8;
    private const int MinWidth = 15;
    private const int Slack = 2;
    // Share of lines that must sit at the width for the text to count as broken at a width.
    private const double MinShareAtWidth = 0.5;

    /// <summary>The line width, or null when lines are whole paragraphs.</summary>
    public static int? Of(IReadOnlyList<SourceLine> lines)
    {
        var lengths = lines.Where(l => l.Hint == LineHint.None).Select(l => l.Text.Length).ToList();
        if (lengths.Count < MinLines)
            return null;
        // The most common long length (with slack) is the candidate width.
        var width = lengths.Where(n => n >= MinWidth)
            .GroupBy(n => n)
            .Select(g => (Width: g.Key, Near: lengths.Count(n => Math.Abs(n - g.Key) <= Slack)))
            .OrderByDescending(x => x.Near).ThenByDescending(x => x.Width)
            .FirstOrDefault();
        if (width.Near < lengths.Count * MinShareAtWidth || width.Width == 0)
            return null;
        return width.Width;
    }

    public static bool IsFull(string line, int width) => line.Length >= width - Slack;
}

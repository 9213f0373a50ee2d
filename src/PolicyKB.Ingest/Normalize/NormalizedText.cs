namespace PolicyKB.Ingest.Normalize;

/// <summary>A document as lines plus the metadata steps captured on the way (发布日期, 来源, 文号).</summary>
internal sealed record NormalizedText(IReadOnlyList<SourceLine> Lines, IReadOnlyDictionary<string, string> Captured)
{
    public const string PublishDate = "publishDate";
    public const string Source = "source";
    public const string DocNumber = "docNumber";
    public const string Title = "title";
    public const string IssueDate = "issueDate";
    public const string Issuer = "issuer";

    private static readonly char[] Spaces = [' ', '\t', '\u3000', '\u00A0', '\u200B', '\uFEFF', '\u2002', '\u2003'];

    /// <summary>Splits plain text into trimmed non-blank lines, remembering blank lines and indentation.</summary>
    public static NormalizedText From(string text)
    {
        var lines = new List<SourceLine>();
        var number = 0;
        var blankBefore = false;
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            number++;
            var trimmed = raw.Trim(Spaces);
            if (trimmed.Length == 0)
            {
                blankBefore = true;
                continue;
            }
            var indented = raw.StartsWith('\t') || raw.StartsWith('\u3000') || raw.StartsWith("  ", StringComparison.Ordinal);
            lines.Add(new SourceLine(trimmed, number) { BlankBefore = blankBefore, Indented = indented });
            blankBefore = false;
        }
        return new NormalizedText(lines, new Dictionary<string, string>());
    }

    /// <summary>Lines a format reader made (HTML, DOCX): trimmed, blank ones dropped, indentation noted.</summary>
    public static NormalizedText From(IEnumerable<SourceLine> lines)
    {
        var kept = new List<SourceLine>();
        foreach (var line in lines)
        {
            var text = line.Text.Trim(Spaces);
            var cells = line.Cells?.Select(c => c.Trim(Spaces)).ToList();
            if (text.Length > 0)
                kept.Add(line with { Text = text, Cells = cells, Indented = line.Indented || text.Length < line.Text.TrimEnd(Spaces).Length });
        }
        return new NormalizedText(kept, new Dictionary<string, string>());
    }

    public NormalizedText With(IReadOnlyList<SourceLine> lines) => this with { Lines = lines };

    public NormalizedText Capture(string key, string value)
    {
        if (Captured.ContainsKey(key) || string.IsNullOrWhiteSpace(value))
            return this;
        var captured = new Dictionary<string, string>(Captured) { [key] = value.Trim() };
        return this with { Captured = captured };
    }
}

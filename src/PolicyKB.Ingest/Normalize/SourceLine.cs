namespace PolicyKB.Ingest.Normalize;

/// <summary>What a reader or an earlier step already knows about a line.</summary>
internal enum LineHint
{
    None,
    /// <summary>Part of the document's title (several lines are joined).</summary>
    Title,
    /// <summary>Title of a notice (关于印发《…》的通知) wrapping the plan; kept out of the body.</summary>
    NoticeTitle,
    /// <summary>A line that is only metadata (文号, date under the title, masthead); kept out of the body.</summary>
    Meta,
    /// <summary>A heading known from the format (DOCX heading style, HTML h1-h6, Markdown #).</summary>
    Heading,
    /// <summary>A table row known from the format; Cells holds its cells.</summary>
    TableRow,
}

/// <summary>One non-blank line of a document, trimmed, with its 1-based line number in the source.</summary>
internal sealed record SourceLine(string Text, int Number)
{
    /// <summary>A blank line preceded it.</summary>
    public bool BlankBefore { get; init; }

    /// <summary>It began with indentation (two spaces, a tab or an ideographic space): PDF paragraph starts.</summary>
    public bool Indented { get; init; }

    public LineHint Hint { get; init; }

    /// <summary>For Hint.Heading: the format's heading level (1 = top).</summary>
    public int HeadingLevel { get; init; }

    /// <summary>For Hint.TableRow: the cells as written.</summary>
    public IReadOnlyList<string>? Cells { get; init; }
}

namespace PolicyKB.Store;

/// <summary>One passage found by a search: the paragraph as written, where it lives, and where the
/// query's terms occur in it.</summary>
/// <param name="ParagraphId">The paragraph's row id (stable until the database is rebuilt).</param>
/// <param name="Score">bm25 relevance, higher is better; compare scores within one tier only (see
/// <see cref="KbReader.Search"/>).</param>
/// <param name="Highlighted">The text with every hit wrapped in 【】.</param>
public sealed record SearchHit(
    long ParagraphId,
    string DocumentId,
    string Title,
    string? Region,
    string? Level,
    string SectionPath,
    string Text,
    IReadOnlyList<Highlight> Highlights,
    string Highlighted,
    double Score);

namespace PolicyKB.Store;

/// <summary>One passage found by a search: the paragraph as written, where it lives, and where the
/// query's terms occur in it.</summary>
/// <param name="Score">bm25 relevance, higher is better.</param>
/// <param name="Highlighted">The text with every hit wrapped in 【】.</param>
public sealed record SearchHit(
    string DocumentId,
    string Title,
    string? Region,
    string? Level,
    string SectionPath,
    string Text,
    IReadOnlyList<Highlight> Highlights,
    string Highlighted,
    double Score);

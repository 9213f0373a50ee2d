using PolicyKB.Store;

namespace PolicyKB.Query;

/// <summary>What `kb search --json` and GET /api/search return.</summary>
public sealed record SearchResponse(string Query, IReadOnlyList<SearchResult> Results)
{
    public static SearchResponse From(string query, IReadOnlyList<SearchHit> hits) =>
        new(query, [.. hits.Select(h => new SearchResult(
            h.DocumentId, h.Title, h.Region, h.Level, h.SectionPath, h.Text, h.Highlighted, h.Score))]);
}

/// <summary>One passage of a <see cref="SearchResponse"/>; <paramref name="Highlighted"/> marks hits with 【】.</summary>
public sealed record SearchResult(
    string Document, string Title, string? Region, string? Level, string Section, string Text, string Highlighted, double Score);

/// <summary>What `kb docs --json` and GET /api/documents return.</summary>
public sealed record DocumentList(IReadOnlyList<DocumentInfo> Documents);

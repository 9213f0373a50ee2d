using PolicyKB.Query;

namespace PolicyKB.Web;

/// <summary>What `kb serve` serves: the knowledge base (already built) and the rule files.</summary>
public sealed record KbServerOptions
{
    /// <summary>The knowledge base the pages and the API query; the server serialises calls into it.</summary>
    public required KnowledgeBase KnowledgeBase { get; init; }

    /// <summary>The rule files the query classes read (regions, metrics, checks).</summary>
    public required string RulesDir { get; init; }

    /// <summary>The largest draft POST /api/check accepts.</summary>
    public long MaxUploadBytes { get; init; } = 5 * 1024 * 1024;
}

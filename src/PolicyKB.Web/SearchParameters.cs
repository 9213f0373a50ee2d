using Microsoft.AspNetCore.Http;
using PolicyKB.Query;

namespace PolicyKB.Web;

/// <summary>The parameters of a search (q, region, level, year, limit), as the search page and
/// GET /api/search take them.</summary>
internal sealed record SearchParameters(string Query, string? Region, string? Level, int? Year, int Limit)
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 1000;

    public static SearchParameters From(IQueryCollection query, int defaultLimit = DefaultLimit) => new(
        QueryParameters.Required(query, "q", Messages.MissingQuery),
        QueryParameters.Text(query, "region"),
        QueryParameters.Text(query, "level"),
        QueryParameters.Year(query),
        QueryParameters.Integer(query, "limit", 1, MaxLimit) ?? defaultLimit);

    public SearchResponse Run(KnowledgeBase kb) =>
        SearchResponse.From(Query, kb.Search(Query, Region, Level, Limit, Year));
}

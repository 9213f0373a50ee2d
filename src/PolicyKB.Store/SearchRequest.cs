namespace PolicyKB.Store;

/// <summary>A full-text search. Region and level are exact values as stored (柳州市, city); the query
/// layer resolves short names first. Year keeps plans in force that year: their period (2023-2025) covers it,
/// or, for a plan without a period, it was issued that year or before.</summary>
public sealed record SearchRequest(string Query, string? Region = null, string? Level = null, int Limit = 10, int? Year = null);

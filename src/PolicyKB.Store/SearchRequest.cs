namespace PolicyKB.Store;

/// <summary>A full-text search. Region and level are exact values as stored (柳州市, city); the query
/// layer resolves short names first.</summary>
public sealed record SearchRequest(string Query, string? Region = null, string? Level = null, int Limit = 10);

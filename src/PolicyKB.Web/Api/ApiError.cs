namespace PolicyKB.Web.Api;

/// <summary>The body of every API error: {"error": "…"} with a Chinese message.</summary>
public sealed record ApiError(string Error);

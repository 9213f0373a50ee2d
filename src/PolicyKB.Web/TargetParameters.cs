using Microsoft.AspNetCore.Http;
using PolicyKB.Query.Targets;

namespace PolicyKB.Web;

/// <summary>The parameters of `kb targets` (metric, region, year) as the comparison page and
/// GET /api/targets take them.</summary>
internal static class TargetParameters
{
    public static TargetFilter From(IQueryCollection query) => new(
        QueryParameters.Text(query, "region"),
        QueryParameters.Text(query, "metric"),
        QueryParameters.Year(query));
}

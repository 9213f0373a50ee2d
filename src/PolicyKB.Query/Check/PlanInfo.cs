using PolicyKB.Core;

namespace PolicyKB.Query.Check;

/// <summary>A plan as the checks see it: enough to find parents and peers and to cite it.</summary>
public sealed record PlanInfo(string Id, string Title, string? Region, string? Level, string? Period)
{
    public static PlanInfo From(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var meta = document.Meta;
        return new PlanInfo(document.Id, meta.Title, meta.Region, meta.Level, meta.Period);
    }
}

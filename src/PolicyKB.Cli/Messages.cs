namespace PolicyKB.Cli;

/// <summary>User-facing Chinese messages of the CLI, in one place.</summary>
internal static class Messages
{
    public static string ExtractHeader(string title, string? region, string? date, string? docNumber) =>
        $"{title}（{region ?? "地区不详"}{(date is null ? "" : "，" + date)}{(docNumber is null ? "" : "，" + docNumber)}）";

    public static readonly string[] ExtractColumns = ["指标", "目标值", "方向", "期限", "基准年", "牵头单位", "配合单位"];

    public static string ExtractSummary(int targets, int measures, int duties) =>
        $"量化目标 {targets} 项，措施 {measures} 条，部门职责 {duties} 条。";

    public static string DirectionName(PolicyKB.Core.Direction direction) => direction switch
    {
        PolicyKB.Core.Direction.Decrease => "下降",
        PolicyKB.Core.Direction.Increase => "增加",
        PolicyKB.Core.Direction.Reach => "达到",
        PolicyKB.Core.Direction.Maintain => "保持",
        PolicyKB.Core.Direction.Cap => "控制",
        _ => direction.ToString(),
    };
}

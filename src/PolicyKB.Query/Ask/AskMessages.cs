namespace PolicyKB.Query.Ask;

/// <summary>What ask says in Chinese, in one place.</summary>
internal static class AskMessages
{
    public static string NoRegion(IEnumerable<string> missing, IEnumerable<string> stored) =>
        $"知识库中没有关于{string.Join("、", missing)}的方案；现有地区：{List(stored)}";

    public static string NotFound(string subject, Intent intent) => $"知识库中没有找到{subject}{What(intent)}";

    public static string OwnerNotStated(string subject) => $"知识库中没有找到{subject}的负责部门：方案中该项未写明牵头或责任单位";

    public static string DeadlineNotStated(string subject) => $"知识库中没有找到{subject}的完成时间：方案中该目标未写明年份";

    public static string RegionHasNoPlan => "知识库中没有该地区的方案";

    public static string RegionHasNoTarget => "未找到相关目标";

    public static string EmptyQuestion => "问题为空";

    public static string Highest(string region, int count) => count == 2 ? $"{region}更高" : $"{region}最高";

    public static string Lowest(string region, int count) => count == 2 ? $"{region}更低" : $"{region}最低";

    public static string Year(int year) => $"{year}年";

    public static string Subject(IEnumerable<string> regions, string? what)
    {
        var region = string.Join("、", regions);
        return what is null ? region : $"{region}关于“{what}”";
    }

    private static string List(IEnumerable<string> items)
    {
        var list = string.Join("、", items);
        return list.Length == 0 ? "（无）" : list;
    }

    private static string What(Intent intent) => intent switch
    {
        Intent.Owner => "的负责部门",
        Intent.Value => "的目标值",
        Intent.Deadline => "的完成时间",
        Intent.List => "的目标",
        Intent.Compare => "可比较的目标",
        Intent.Duty => "的职责",
        _ => "的相关内容",
    };
}

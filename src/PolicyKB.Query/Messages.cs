namespace PolicyKB.Query;

/// <summary>User-facing Chinese messages of the query layer, in one place.</summary>
internal static class Messages
{
    public const string NoCorpus = "没有找到内置语料目录，无法建立知识库；请用 kb index --corpus DIR 或 kb ingest 文件";
    public const string EmptyCorpus = "语料目录中没有 .md 文件";
    public const string PathMissing = "文件或目录不存在";
    public const string NothingToIngest = "没有可导入的文件（支持 .txt .md .html .htm .docx）";
    public static string FirstUse(string db) => $"首次使用：正在用内置语料建立知识库 {db} …";
    public static string RebuildOutdated(string db) => $"知识库 {db} 为旧格式且只含内置语料：正在按新格式重建 …";
    public static string Indexed(int done, int total, string title) => $"已索引 {done}/{total}：{title}";
    public static string Read(int done, int total, string file) => $"已读取 {done}/{total}：{file}";
    public static string SameId(string id, string first, string second) => $"两个文件会得到相同的文档编号“{id}”：{first} 与 {second}；请改名后再导入";
    public static string UnknownRegion(string region, IEnumerable<string> known) =>
        $"未知地区“{region}”；知识库中的地区：{List(known)}";
    public static string RegionNotStored(string region, IEnumerable<string> known) =>
        $"知识库中没有{region}的方案；已有地区：{List(known)}";
    public static string UnknownLevel(string level) =>
        $"未知级别“{level}”（可用：national 国家、province 省级、city 市级、county 县级、district 区级）";

    // At most this many names; a knowledge base of every plan in the country holds hundreds of regions.
    private const int MaxListed = 30;

    private static string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        if (all.Count == 0)
            return "（无）";
        return all.Count <= MaxListed
            ? string.Join("、", all)
            : string.Join("、", all.Take(MaxListed)) + $" 等 {all.Count} 个（kb docs 列出全部方案）";
    }
}

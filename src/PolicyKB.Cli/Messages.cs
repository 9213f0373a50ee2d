using PolicyKB.Query;

namespace PolicyKB.Cli;

/// <summary>User-facing Chinese messages of the CLI, in one place.</summary>
internal static class Messages
{
    public const string LimitRange = "--limit 应在 1 到 1000 之间";
    public const string PortRange = "--port 应在 0 到 65535 之间";
    public static string Serving(string url) => $"PolicyKB 已启动：{url}/ （Ctrl-C 停止）";
    public static string CannotListen(string url, string reason) => $"无法在 {url} 上监听：{reason}";
    public static string NoHits(string query) => $"没有找到与“{query}”相关的段落。";
    public static string Indexed(IndexReport r) =>
        $"知识库 {r.DbPath}：写入 {r.Documents.Count} 个方案、{r.Paragraphs} 个段落，用时 {r.Elapsed.TotalSeconds:0.0} 秒";
    public static string Ingested(StoredPlan p) =>
        $"已导入：{p.Title}（{p.Region ?? "地区未知"}，第 {p.Version} 版，{p.Targets} 个目标）";
    public static string DocumentCount(int n) => $"共 {n} 个方案";
}

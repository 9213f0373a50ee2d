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

    public static string ExtractHeader(string title, string? region, string? date, string? docNumber) =>
        $"{title}（{region ?? "地区不详"}{(date is null ? "" : "，" + date)}{(docNumber is null ? "" : "，" + docNumber)}）";

    public static readonly string[] ExtractColumns = ["指标", "目标", "期限", "责任单位"];

    /// <summary>下降13%（比2020年）, 达到7000万千瓦（力争超过）.</summary>
    public static string TargetValue(PolicyKB.Core.Target t)
    {
        var value = DirectionName(t.Direction) + t.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + t.Unit;
        var notes = new[] { t.Qualifier, t.BaselineYear is { } b ? $"比{b}年" : null }.OfType<string>().ToList();
        return notes.Count == 0 ? value : $"{value}（{string.Join("，", notes)}）";
    }

    /// <summary>Lead units, then the others after 配合: ….</summary>
    public static string TargetOwners(PolicyKB.Core.Target t) =>
        (t.Owners.Count == 0 ? "—" : string.Join("、", t.Owners)) + (t.CoOwners.Count == 0 ? "" : "；配合：" + string.Join("、", t.CoOwners));

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

    public const string AskDescription = "用中文提问：回答牵头部门、目标值、完成年份、地区列表、地区对比、部门职责，并给出依据（文件、章节、原句）。" +
        "退出码：0 已回答；3 知识库中没有答案（列出最接近的段落）；2 输入有误。不给问题则进入交互问答。";
    public const string AskEvidence = "依据：";
    public const string AskClosest = "最接近的段落：";
    public const string AskBanner = "PolicyKB 问答：输入问题后回车；↑/↓ 翻看本次提问，:history 列出，Ctrl-D 或 :q 退出。";
    public const string AskPrompt = "问> ";

    // kb check
    public const string CheckDescription = "核查草案方案：与自身、上级方案和同级地区比对，列出问题（草案不写入知识库）。有错误级问题时退出码为 1。规则（rules/checks.yaml 可调整级别）：";
    public const string CheckTitle = "草案核查报告";
    public const string DraftLabel = "草案";
    public const string OtherLabel = "对照";
    public const string SuggestionLabel = "建议";
    public const string NoParents = "无（未找到上级方案）";
    public const string Preamble = "正文开头";
    public static string CheckHeader(string? region, string? level, string parents) =>
        $"地区：{region ?? "未识别"}{(level is null ? "" : $"（{level}）")}　上级方案：{parents}";
    public static string CheckVerdict(int errors, int warnings, int infos) =>
        $"结论：{errors} 个错误，{warnings} 个警告，{infos} 个提示";
    public static string SeverityName(PolicyKB.Rules.Severity severity) => severity switch
    {
        PolicyKB.Rules.Severity.Error => "错误",
        PolicyKB.Rules.Severity.Warning => "警告",
        _ => "提示",
    };

    public const string TargetsDescription = "跨地区列出量化目标，按指标（同义名归一到指标编号）、期限、地区排序，并给出来源（方案、章节、原句）。";
    public const string OwnersDescription = "按地区列出责任部门（别名归并，如 市发改委 = 发展和改革委员会）及其目标、职责和任务。";
    public const string NoTargets = "没有找到符合条件的目标。";
    public const string NoOwners = "没有找到符合条件的责任部门。";
    public const string UnknownRegionName = "地区不详";
    public static readonly string[] TargetColumns = ["地区", "层级", "指标", "指标编号", "目标", "基准年", "期限", "牵头单位", "来源"];
    public static readonly string[] TargetCsvColumns =
        ["地区", "层级", "指标", "指标编号", "目标", "数值", "单位", "方向", "限定", "基准年", "期限", "牵头单位", "配合单位", "方案", "章节", "原句", "文档编号"];
    public static string TargetCount(int n) => $"共 {n} 个目标";
    public static string OwnerCount(int n) => $"共 {n} 个责任部门";
    public static string Source(string title, string section) => section.Length == 0 ? title : $"{title} · {section}";
    public static string Quote(string sentence) => $"“{sentence}”";
    public const string CoOwnerLabel = "配合";
    public static readonly string[] OwnerColumns = ["部门", "目标", "职责与任务"];
    public static string MoreTasks(int n) => $"……另有 {n} 项";
    public static string RegionHeader(string region, string? level) => level is null ? region : $"{region}（{level}）";
    public static string OwnerTarget(string metric, string text, int? deadline) => deadline is { } y ? $"{metric}：{y}年{text}" : $"{metric}：{text}";
}

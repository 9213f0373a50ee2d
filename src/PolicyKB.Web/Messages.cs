using PolicyKB.Query;

namespace PolicyKB.Web;

/// <summary>User-facing Chinese text of the web interface and the API's error messages, in one place.</summary>
internal static class Messages
{
    public const string MissingQuery = "缺少检索词：请提供参数 q";
    public const string MissingQuestion = "缺少问题：请提供参数 q";
    public static string TooLong(string name, int max) => $"参数 {name} 过长（最多 {max} 个字符）";
    public static string NotAnInteger(string name, string value) => $"参数 {name} 应为整数，收到“{value}”";
    public static string OutOfRange(string name, int min, int max) => $"参数 {name} 应在 {min} 到 {max} 之间";
    public static string UnknownDocument(string id) => $"知识库中没有编号为“{id}”的方案";
    public const string NotFound = "没有这个页面";
    public const string ServerError = "服务器内部错误";
    public const string BadRequest = "请求无效";
    public const string NoDraft = "请以 multipart/form-data 上传草案文件（字段名 file）";
    public static string BadUpload(long max) => $"上传的内容无效或超过大小限制（最大 {max / 1024 / 1024} MB）";
    public const string CheckIsPost = "请用 POST 以 multipart/form-data 上传草案（字段名 file）";
    public const string EmptyDraft = "上传的草案文件为空";
    public static string DraftFormat(string extensions) => $"无法读取该格式的草案；支持：{extensions}";
    public static string UploadTooLarge(long max) => $"上传的文件过大（最大 {max / 1024 / 1024} MB）";

    public const string AppName = "PolicyKB 政策方案知识库";
    public const string NavSearch = "检索";
    public const string NavDocuments = "方案";
    public const string NavCheck = "草案核查";
    public const string NavAsk = "问答";
    public const string NavCompare = "指标对比";
    public const string CompareIntro = "同一指标在各地区方案中的目标：指标可用名称、别名或编号（如：单位GDP能耗、非化石能源消费比重），年份为目标期限。";
    public const string MetricPlaceholder = "指标，如：单位GDP能耗";
    public const string YearPlaceholder = "年份，如：2025";
    public const string RegionPlaceholder = "地区（可选）";
    public const string CompareButton = "对比";
    public const string Comparable = "可对比的指标";
    public const string NoComparableTargets = "知识库中没有符合条件的目标。";
    public const string SortedByValue = "按数值从大到小排列";
    public const string Metric = "指标";
    public const string TargetValue = "目标";
    public const string Source = "来源";
    public static string RegionCount(int n) => $"{n} 个地区";
    public const string AskPlaceholder = "用中文提问，如：柳州市全市节能工作由哪个部门牵头？";
    public const string AskButton = "提问";
    public const string AskIntro = "问题先按目标、牵头部门、期限等结构化记录回答，其余从全文检索中找最相关的段落；每个回答都附出处。";
    public const string Answer = "回答";
    public const string Evidence = "出处";
    public const string Closest = "知识库中没有直接答案，最相关的段落：";
    public const string Intent = "问题类型";
    public const string CheckIntro = "上传草案（.txt .md .html .docx，最大 5 MB），按上级方案和知识库核查目标是否一致、是否弱于上级、是否缺少牵头单位或期限等。草案只在临时目录中读取，核查后即删除，不会加入知识库。";
    public const string DraftFile = "草案文件";
    public const string ParentRegion = "上级地区";
    public const string ParentPlaceholder = "上级地区（可选，如：广西）";
    public const string CheckButton = "核查";
    public const string Parents = "对照的上级方案";
    public const string NoParents = "（知识库中没有上级方案）";
    public const string Findings = "发现";
    public const string NoFindings = "没有发现问题";
    public const string Severity = "级别";
    public const string Problem = "问题与建议";
    public const string Suggestion = "建议";
    public const string DraftSentence = "草案原文";
    public const string OtherSentence = "对照原文";
    public static string SeverityName(PolicyKB.Rules.Severity severity) => severity switch
    {
        PolicyKB.Rules.Severity.Error => "错误",
        PolicyKB.Rules.Severity.Warning => "警告",
        _ => "提示",
    };
    public const string SearchPlaceholder = "输入检索词，如：秸秆、新能源 公交";
    public const string SearchButton = "检索";
    public const string AllRegions = "全部地区";
    public const string AllLevels = "全部级别";
    public const string FacetRegion = "地区";
    public const string FacetLevel = "级别";
    public const string Region = "地区";
    public const string Level = "级别";
    public const string Date = "日期";
    public const string DocNumber = "文号";
    public const string Period = "期限";
    public const string Issuer = "发文机关";
    public const string Version = "版本";
    public const string Title = "方案";
    public const string Targets = "量化目标";
    public const string Duties = "部门职责";
    public const string NoTargets = "该方案没有抽取到量化目标。";
    public const string Owners = "牵头";
    public const string CoOwners = "配合";
    public const string Deadline = "期限";
    public const string Baseline = "基准年";
    public const string SearchIntro = "在知识库的全部方案中检索段落，命中词以高亮标出。";
    public static string NoHits(string query) => $"没有找到与“{query}”相关的段落。";
    public static string HitCount(int n) => $"共 {n} 个段落";
    public static string DocumentCount(int n) => $"共 {n} 个方案";
    public static string TargetCount(int n) => $"共 {n} 个目标";
    public static string LevelName(string? level) => Levels.Display(level) ?? "—";
}

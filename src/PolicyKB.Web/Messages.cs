using PolicyKB.Query;

namespace PolicyKB.Web;

/// <summary>User-facing Chinese text of the web interface and the API's error messages, in one place.</summary>
internal static class Messages
{
    public const string MissingQuery = "缺少检索词：请提供参数 q";
    public const string QueryTooLong = "检索词过长（最多 200 个字符）";
    public static string NotAnInteger(string name, string value) => $"参数 {name} 应为整数，收到“{value}”";
    public static string OutOfRange(string name, int min, int max) => $"参数 {name} 应在 {min} 到 {max} 之间";
    public static string UnknownDocument(string id) => $"知识库中没有编号为“{id}”的方案";
    public const string NotFound = "没有这个页面";
    public const string ServerError = "服务器内部错误";
    public const string BadRequest = "请求无效";
    public static string UploadTooLarge(long max) => $"上传的文件过大（最大 {max / 1024 / 1024} MB）";

    public const string AppName = "PolicyKB 政策方案知识库";
    public const string NavSearch = "检索";
    public const string NavDocuments = "方案";
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

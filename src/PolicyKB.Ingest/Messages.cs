namespace PolicyKB.Ingest;

/// <summary>User-facing Chinese messages of ingest, in one place.</summary>
internal static class Messages
{
    public const string EmptyFile = "文件为空，没有可读取的文字";
    public const string BinaryFile = "不是文本文件（含有二进制内容）";
    public const string NotUtf8 = "无法确定文件编码：既不是有效的 UTF-8/UTF-16，也不是可信的 GB18030/GBK 文本";
    public const string UnsupportedFormat = "不支持的文件格式“{0}”（支持 .txt .md .html .htm .docx）";
    public static string TooLarge(long bytes, long limit) => $"文件过大（{bytes / 1024 / 1024} MB），上限为 {limit / 1024 / 1024} MB";
    public static string CannotRead(string reason) => $"无法读取文件：{reason}";
    public static string BadFrontMatter(string reason) => $"YAML 头部格式错误：{reason}";
    public static string UnknownFrontMatterKey(string key, string known) => $"YAML 头部有未知的键“{key}”（可用：{known}）";
    public const string MissingTitle = "YAML 头部缺少 title";
    public const string BadDocx = "无法读取 Word 文件（.docx 已损坏或不是 Word 文档）";
}

namespace PolicyKB.Rules;

/// <summary>User-facing Chinese messages about rule files, in one place.</summary>
internal static class Messages
{
    public static string MissingRulesDir(string dir) => $"规则目录不存在：{dir}";
    public static string MissingFile => "规则文件不存在";
    public static string YamlSyntax(string detail) => $"YAML 语法错误：{detail}";
    public static string DuplicateKey(string key) => $"键“{key}”重复";
    public static string UnknownKey(string key, IEnumerable<string> allowed) =>
        $"未知的键“{key}”（可用：{string.Join("、", allowed)}）";
    public static string MissingKey(string key) => $"缺少必填键“{key}”";
    public static string ExpectedList(string what) => $"{what}应为列表";
    public static string ExpectedMapping(string what) => $"{what}应为键值映射";
    public static string ExpectedText(string key) => $"“{key}”应为文本";
    public static string ExpectedNumber(string key, string value) => $"“{key}”应为数字，而不是“{value}”";
    public static string ExpectedInteger(string key, string value) => $"“{key}”应为整数，而不是“{value}”";
    public static string EmptyText(string key) => $"“{key}”不能为空";
    public static string UnknownUnit(string unit) => $"单位“{unit}”未定义（见 units.yaml）";
    public static string UnitTwice(string unit, string file, int line) => $"单位“{unit}”已在 {file}:{line} 定义";
    public static string IdTwice(string id, int line) => $"id“{id}”已在第 {line} 行使用";
    public static string AliasTwice(string alias, string owner) => $"别名“{alias}”已属于“{owner}”";
    public static string BadId(string id) => $"id“{id}”只能由小写字母、数字和下划线组成";
    public static string BadRegex(string pattern, string detail) => $"正则表达式“{pattern}”无效：{detail}";
    public static string RegexNeedsGroup(string pattern, string groups) => $"正则表达式“{pattern}”缺少命名分组 {groups}";
    public static string UnknownChoice(string key, string value, IEnumerable<string> allowed) =>
        $"“{key}”的值“{value}”无效（可用：{string.Join("、", allowed)}）";
    public static string UnknownPeriod(string name) => $"时期“{name}”未在 periods 中定义";
    public static string BadPeriod(string name) => $"时期“{name}”的起止年份不合理";
    public static string MoreErrors(int count) => $"（另有 {count} 处错误）";
    public static string UnknownCanonicalUnit(string unit) => $"规范单位“{unit}”未在 units.yaml 的 canonical 中出现";
    public static string UnknownMetricId(string id) => $"指标 id“{id}”未在 metrics.yaml 中定义";
    public static string UnknownCheckRule(string id, IEnumerable<string> allowed) =>
        $"未知的核查规则“{id}”（可用：{string.Join("、", allowed)}）";
}

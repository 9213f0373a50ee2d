namespace PolicyKB.Query.Check;

/// <summary>User-facing Chinese text of `kb check`: one-line rule summaries, finding messages and suggestions.</summary>
internal static class Messages
{
    // One-line summaries (kb check --help, README)
    public const string WeakerSummary = "同一指标、同一年限，草案目标弱于上级方案（降幅更小、比重更低、上限更高）";
    public const string HedgedSummary = "数值与上级方案相同，但草案加了“左右”“力争”等弹性词而上级没有";
    public const string LowerLevelSummary = "受资源禀赋影响的水平指标（如森林覆盖率）低于上级方案，仅供参考";
    public const string NoParentSummary = "知识库中没有草案上级地区的方案，未做上下级比对";
    public const string NoRegionSummary = "无法识别草案所属地区，未做上下级和同级比对";
    public const string ConflictSummary = "草案内同一指标、同一年限出现不同数值";
    public const string NoOwnerSummary = "任务中的量化目标没有责任单位，而草案多数任务目标都有";
    public const string NoOwnersSummary = "主要目标中的总体目标、或草案普遍未明确责任单位的目标（汇总为一条）";
    public const string NoDeadlineSummary = "量化目标没有完成年限";
    public const string OutsidePeriodSummary = "目标年限超出方案期限（元数据或标题中的起止年份）";
    public const string NoBaselineSummary = "下降目标（或以%、百分点计的提高目标）没有写明基准年";
    public const string ImpliedBaselineSummary = "同上，但基准年可由“十四五”等规划期推断（期初前一年）";
    public const string IncompatibleUnitSummary = "目标单位与指标体系（metrics.yaml）中该指标的单位不相容";
    public const string NotARatioSummary = "指标名称是比率（…率、比重、占比、比例），单位却是绝对量";
    public const string UnknownOwnerSummary = "责任单位不在部门名录（departments.yaml）中，也不是认可的机构";
    public const string VagueMetricSummary = "目标章节中对某个可量化指标只用“进一步”“明显”等词描述，没有数值";
    public const string VagueSummary = "目标章节中的句子只用“明显”“大幅”等模糊词描述，没有数值";
    public const string CitationSummary = "草案依据的上级文件（根据《…》）不在知识库中";
    public const string PeerRankSummary = "草案目标在知识库同级地区中的排名";

    public static string Weaker(string metric, string mine, string parent, string theirs) =>
        $"“{metric}”{mine}，弱于上级方案《{parent}》的{theirs}";
    public static string WeakerSuggestion(string value, bool lowerIsBetter) => lowerIsBetter
        ? $"将目标调整到不高于上级的 {value}；若上级分解下达的目标不同，请在文中写明依据"
        : $"将目标提高到不低于上级的 {value}；若上级分解下达的目标不同，请在文中写明依据";

    public static string HedgedMessage(string metric, string mine, string parent, string theirs) =>
        $"“{metric}”{mine}，与上级方案《{parent}》的{theirs}数值相同，但加了弹性表述，可能达不到上级要求";
    public static string HedgedSuggestion(string theirs) => $"去掉“左右”“力争”等弹性词，按上级的“{theirs}”表述";

    public static string LowerLevel(string metric, string mine, string parent, string theirs) =>
        $"“{metric}”{mine}，低于上级方案《{parent}》的{theirs}（该指标受本地资源禀赋影响，仅供参考）";
    public const string LowerLevelSuggestion = "核对本地基数和上级分解要求";

    public static string NoParent(IEnumerable<string> regions) =>
        $"知识库中没有上级地区（{string.Join("、", regions)}）的方案，未与上级目标比对";
    public const string NoParentSuggestion = "用 kb ingest 加入上级方案后重新核查，或用 --parent 指定上级地区";
    public const string NoRegion = "未能从标题或正文识别草案所属地区，未与上级和同级方案比对";
    public static string UnlistedRegion(string region) => $"草案地区“{region}”不在地区表（rules/regions.yaml）中，无法确定上级地区，未与上级方案比对";
    public const string UnlistedRegionSuggestion = "在 rules/regions.yaml 中补充该地区及其上级，或用 --parent 指定上级地区";
    public const string NoRegionSuggestion = "在标题中写明地区全称（如“柳州市…实施方案”），或用 --parent 指定上级地区";

    public static string Conflict(string metric, int year, string later, string first) =>
        $"“{metric}”到{year}年的目标前后不一致：此处为{later}，前文为{first}";
    public const string ConflictSuggestion = "统一同一指标同一年限的目标值";

    public static string NoOwner(string metric, string target, int owned, int tasks) =>
        $"“{metric}”（{target}）没有明确责任单位，而草案 {tasks} 个任务目标中有 {owned} 个明确了";
    public static string NoOwners(int count, int total, bool goalsOnly, IEnumerable<string> metrics) => goalsOnly
        ? $"主要目标中的 {count} 个总体目标未明确牵头单位（{string.Join("、", metrics)}{(count > 6 ? "等" : "")}）"
        : $"草案 {total} 个量化目标中有 {count} 个未明确牵头或责任单位（{string.Join("、", metrics)}{(count > 6 ? "等" : "")}）";
    public const string NoOwnerSuggestion = "为目标注明牵头单位（如“牵头单位：市发展改革委”），或写入相应部门的职责段落";

    public static string NoDeadline(string metric, string target) => $"“{metric}”（{target}）没有完成年限";
    public static string NoDeadlineSuggestion(string? period) => period is null
        ? "写明完成年限（如“到2025年”）"
        : $"写明完成年限（方案期限为{period}；如指期末，写“到{period[^5..^1]}年”）";

    public static string OutsidePeriod(string metric, int year, string period) =>
        $"“{metric}”的目标年限 {year} 年超出方案期限 {period}";
    public static string OutsidePeriodSuggestion(string period) => $"核对年份；期限外的目标可改为展望表述，或调整方案期限（{period}）";

    public static string NoBaseline(string metric, string target) => $"“{metric}”{target}，没有写明基准年";
    public const string NoBaselineSuggestion = "写明基准年，如“比2020年下降…”";
    public static string ImpliedBaseline(string metric, string target, string period, int year) =>
        $"“{metric}”{target}，没有写明基准年（按“{period}”推断为{year}年）";
    public static string ImpliedBaselineSuggestion(int year) => $"写明“比{year}年”，避免歧义";

    public static string IncompatibleUnit(string metric, string unit, string known, string expected) =>
        $"“{metric}”的单位“{unit}”与指标“{known}”的单位“{expected}”不相容";
    public static string IncompatibleUnitSuggestion(string expected) => $"核对数值和单位；该指标通常以“{expected}”计";

    public static string NotARatio(string metric, string unit) => $"“{metric}”是比率指标，单位却是“{unit}”";
    public const string NotARatioSuggestion = "比率指标请用%表示；若指总量，请把指标名改为“…量”";

    public static string UnknownOwner(string name) => $"责任单位“{name}”不是已知的部门名称";
    public const string UnknownOwnerSuggestion = "核对是否为规范全称或通用简称（如“市发展改革委”“市发改局”）；新设机构可补充到 rules/departments.yaml";

    public static string VagueMetric(IEnumerable<string> clauses) =>
        $"目标只作定性描述、没有数值：{string.Join("；", clauses.Select(c => $"“{c}”"))}";
    public static string VagueMetricSuggestion(IEnumerable<string> metrics) =>
        $"为{string.Join("、", metrics.Select(m => $"“{m}”"))}给出量化目标（数值、单位、年限）";
    public static string Vague(IEnumerable<string> words) =>
        $"目标句只用模糊词（{string.Join("、", words)}）描述，没有数值";
    public const string VagueSuggestion = "能量化的目标请给出数值和年限";

    public static string Citation(string title) => $"草案依据的《{title}》不在知识库中，未能与之比对";
    public const string CitationSuggestion = "用 kb ingest 加入该文件后重新核查";

    public static string PeerRank(string metric, string target, int count, int rank, string? level, IEnumerable<string> values) =>
        $"“{metric}”{target}，在知识库 {count} 个{level ?? "同级"}地区中排第 {rank}（{string.Join("；", values)}）";
    public const string ThisDraft = "本草案";
    public static string PeerRankSuggestion(string region, string target) => $"同级最高：{region} {target}";


    public static string UnknownParent(string region) => $"未知的上级地区“{region}”";
    public static string ParentNotHeld(string region, IEnumerable<string> held) =>
        $"知识库中没有“{region}”的方案（已有：{string.Join("、", held)}）";
}

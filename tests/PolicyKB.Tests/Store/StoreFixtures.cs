using PolicyKB.Core;
using PolicyKB.Rules;
using PolicyKB.Store;

namespace PolicyKB.Tests.Store;

/// <summary>Small plans written for the store tests, and a segmenter with the real lexicon.</summary>
internal static class StoreFixtures
{
    public static readonly Segmenter DomainSegmenter = new(Lexicon.Load(Path.Combine(TestPaths.Rules, "lexicon.yaml")));

    public static Section Section(string path, int level, params string[] paragraphs) =>
        new(path, level, path.Split(" > ")[^1], paragraphs, [], []);

    public static Section Parent(string heading, params Section[] children) =>
        new(heading, 1, heading, [], children, []);

    /// <summary>A city plan with department-duty paragraphs, a target and a task table.</summary>
    public static Document Liuzhou(string id = "liuzhou", string? docNumber = null, string extra = "") => new(
        id,
        new DocumentMeta { Title = "柳州市降碳目标工作实施方案（2023-2025年）", Region = "柳州市", Level = "city", Period = "2023-2025", DocNumber = docNumber },
        [
            Section("", 0, "根据广西《“十四五”各设区市单位 GDP 二氧化碳排放降低目标分解方案》要求，制定本方案。"),
            Parent("三、严格落实责任",
                Section("三、严格落实责任 > （二）严格落实有关部门责任", 2,
                    "市发展改革委:全市节能工作牵头单位。到 2025 年，全市单位地区生产总值能源消耗比 2020 年下降 14.5%，能源消费总量得到合理控制。",
                    "市农业农村局:农业农村领域节能降碳工作牵头单位。推进农药化肥减量增效、农作物秸秆综合利用，推广秸秆打捆直燃、成型燃料等技术。到2025年，秸秆综合利用率稳定在86%以上。" + extra,
                    "市交通运输局:交通运输领域节能降碳工作牵头单位。提高城市公交、出租等车辆使用新能源汽车的比例。")),
            new Section("四、重点任务", 1, "四、重点任务", ["遏制“两高”项目盲目发展，严把高耗能项目能耗准入标准。重点任务分工如下表。"], [],
                [new Table(["任务", "牵头单位"], [["建设分散式充电桩", "市住房城乡建设局"], ["推进屋顶分布式光伏", "市发展改革委"]])]),
        ]);

    /// <summary>A province plan: targets in a 主要目标 paragraph, sinks and finance.</summary>
    public static Document Guangxi() => new(
        "guangxi",
        new DocumentMeta { Title = "关于做好碳达峰碳中和工作的实施意见", Region = "广西壮族自治区", Level = "province", Date = "2022-04-28" },
        [
            Parent("一、总体要求",
                Section("一、总体要求 > （二）主要目标", 2,
                    "到 2025 年，单位地区生产总值能耗比 2020 年下降 13%；非化石能源消费比重达到 30%以上；森林覆盖率达到 62.6%。",
                    "到 2030 年，森林覆盖率保持在 62.6%，与全国同步实现碳达峰。")),
            Parent("八、持续巩固提升碳汇能力",
                Section("八、持续巩固提升碳汇能力 > （二十三）提升生态系统碳汇增量", 2,
                    "开展岩溶碳循环调查与岩溶碳汇效应评价，积极推进岩溶碳汇开发利用。")),
            Parent("十一、完善政策机制",
                Section("十一、完善政策机制 > （二十九）积极发展绿色金融", 2,
                    "深化绿色金融体制机制改革，构建完善绿色金融体系。鼓励符合条件的企业发行绿色债券。")),
        ]);

    /// <summary>A plan written in Traditional characters with full-width digits.</summary>
    public static Document Traditional() => new(
        "traditional",
        new DocumentMeta { Title = "綠色交通行動方案", Level = "city" },
        [Section("一、主要任務", 1, "到２０３０年，推動新能源汽車發展，新建分散式充電樁５０００個。")]);

    public static Extraction WithRecords(Document document)
    {
        var evidence = new Evidence(document.Id, "三、严格落实责任 > （二）严格落实有关部门责任", "到 2025 年，全市单位地区生产总值能源消耗比 2020 年下降 14.5%");
        var target = new Target
        {
            Metric = "单位地区生产总值能源消耗", MetricId = "energy_intensity", Value = 14.5m, Unit = "%", CanonicalUnit = "%", Scale = 1m,
            Direction = Direction.Decrease, Comparator = Comparator.Equal, BaselineYear = 2020, Deadline = 2025,
            Owners = ["柳州市发展和改革委员会"], CoOwners = ["柳州市统计局"], Evidence = evidence,
        };
        var measure = new Measure { Text = "推广秸秆打捆直燃", Kind = MeasureKind.Encouragement, Owners = ["柳州市农业农村局"], Deadline = 2025, Evidence = evidence with { Sentence = "推广秸秆打捆直燃、成型燃料等技术。" } };
        var duty = new Duty("柳州市发展和改革委员会", "牵头", "全市节能工作牵头单位", evidence with { Sentence = "市发展改革委:全市节能工作牵头单位。" });
        return new Extraction(document, [target], [measure], [duty]);
    }

    public static Extraction Bare(Document document) => new(document, [], [], []);

    /// <summary>Builds a database from plans (no extraction records unless given).</summary>
    public static void Build(string dbPath, params Extraction[] plans) =>
        KbDatabase.Rebuild(dbPath, DomainSegmenter, writer =>
        {
            foreach (var plan in plans)
                writer.AddOrReplace(writer.Prepare(plan), DateTimeOffset.UnixEpoch);
        });

    public static IReadOnlyList<SearchHit> Search(string dbPath, string query, string? region = null, int limit = 10)
    {
        using var reader = KbReader.Open(dbPath);
        return reader.Search(new SearchRequest(query, region, Limit: limit));
    }
}

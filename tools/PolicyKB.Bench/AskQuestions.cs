namespace PolicyKB.Bench;

/// <summary>Questions over the bundled corpus, one or more of each kind ask answers.</summary>
internal static class AskQuestions
{
    public static readonly string[] All =
    [
        "柳州市全市降碳工作的牵头单位是谁？",
        "柳州市秸秆综合利用率达到86%以上的目标由哪个部门负责？",
        "广西由哪个机构指导和统筹做好碳达峰碳中和工作？",
        "广西到2025年单位GDP能耗要比2020年下降多少？",
        "广安市到2025年新建多少座集中式充电站、多少个分散式充电桩？",
        "广安市生活垃圾资源化利用比例2025年和2030年分别是多少？",
        "广西非化石能源消费比重达到80%以上要在哪一年实现？",
        "哪些地区设定了森林覆盖率目标？",
        "柳州、广西、广安三地2025年单位地区生产总值能源消耗分别下降多少？",
        "柳州市统计局承担什么职责？",
        "广安如何推进秸秆综合利用？",
        "北京市的森林覆盖率目标是多少？",
    ];
}

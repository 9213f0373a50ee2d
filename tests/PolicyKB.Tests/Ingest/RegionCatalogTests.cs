using PolicyKB.Core;
using PolicyKB.Rules;
using Xunit;

namespace PolicyKB.Tests.Ingest;

public sealed class RegionCatalogTests
{
    private static RegionCatalog Regions => IngestFixture.Regions;

    [Theory]
    [InlineData("广西", "广西壮族自治区", "province")]
    [InlineData("四川", "四川省", "province")]
    [InlineData("柳州", "柳州市", "city")]
    [InlineData("广安市", "广安市", "city")]
    [InlineData("延边", "延边朝鲜族自治州", "city")]
    [InlineData("融水", "融水苗族自治县", "county")]
    [InlineData("前锋区", "前锋区", "district")]
    [InlineData("廣西", "广西壮族自治区", "province")]   // Traditional form
    public void Finds_regions_by_full_or_short_name(string query, string name, string level)
    {
        var region = Regions.Find(query);

        Assert.NotNull(region);
        Assert.Equal(name, region.Name);
        Assert.Equal(level, region.Level);
    }

    [Fact]
    public void Holds_every_province_and_prefecture_level_city()
    {
        Assert.Equal(34, Regions.All.Count(r => r.Level == "province"));
        Assert.Equal(333, Regions.All.Count(r => r.Level == "city"));
        Assert.Equal(14, Regions.All.Count(r => r.Parent == "广西壮族自治区" && r.Level == "city"));
    }

    [Fact]
    public void Ancestors_run_from_county_to_country()
    {
        var county = Regions.Find("柳城县")!;

        Assert.Equal(["柳州市", "广西壮族自治区", "中华人民共和国"], Regions.Ancestors(county).Select(r => r.Name));
        Assert.Equal("柳州市", Regions.Parent(county)!.Name);
        Assert.Contains(county, Regions.Children(Regions.Find("柳州")!));
        Assert.Equal(10, Regions.Children(Regions.Find("柳州")!).Count());
    }

    [Theory]
    [InlineData("柳州市降碳目标工作实施方案（2023-2025年）", "柳州市")]
    [InlineData("中共广西壮族自治区委员会广西壮族自治区人民政府关于完整准确全面贯彻新发展理念做好碳达峰碳中和工作的实施意见", "广西壮族自治区")]
    [InlineData("广西柳州市碳达峰实施方案", "柳州市")]                    // one chain: the most specific
    [InlineData("柳州市贯彻落实《广西壮族自治区碳达峰实施方案》的工作方案", "柳州市")]   // 《》 cites another plan
    [InlineData("广安市碳达峰实施方案", "广安市")]                        // not 广安区 or the short 广安
    [InlineData("关于印发节能减排方案的通知", null)]
    public void Finds_the_region_a_title_is_about(string title, string? expected) =>
        Assert.Equal(expected, Regions.FindIn(title)?.Name);

    [Fact]
    public void Bad_region_files_fail_with_every_problem_and_the_first_line()
    {
        var yaml = """
            - name: 甲省
              level: province
            - name: 乙市
              levle: city
              parent: 甲省
            - name: 丙市
              level: city
              parent: 丁省
            - name: 甲省
              level: province
            """;

        var error = Assert.Throws<KbException>(() => RegionCatalog.Parse(yaml, "regions.yaml"));

        Assert.Equal("regions.yaml", error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("levle", error.Message);
        Assert.Contains("丁省", error.Message);
        Assert.Contains("重复", error.Message);
    }

    [Fact]
    public void Malformed_yaml_fails_with_its_line()
    {
        var error = Assert.Throws<KbException>(() => RegionCatalog.Parse("- name: 甲省\n  level: [province\n", "r.yaml"));

        Assert.Equal("r.yaml", error.File);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void A_short_name_claimed_twice_is_an_error()
    {
        var yaml = "- name: 甲市\n  short: [甲]\n  level: city\n- name: 甲县\n  short: [甲]\n  level: county\n";

        var error = Assert.Throws<KbException>(() => RegionCatalog.Parse(yaml, "r.yaml"));

        Assert.Equal(4, error.Line);
    }
}

using PolicyKB.Store;
using Xunit;
using static PolicyKB.Tests.Store.StoreFixtures;

namespace PolicyKB.Tests.Store;

public sealed class SearchTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("kb-search-");
    private readonly string _db;

    public SearchTests()
    {
        _db = Path.Combine(_dir.FullName, "kb.db");
        Build(_db, Bare(Liuzhou()), Bare(Guangxi()), Bare(Traditional()));
    }

    public void Dispose() => _dir.Delete(recursive: true);

    [Theory]
    [InlineData("秸秆", "市农业农村局")]
    [InlineData("光伏", "推进屋顶分布式光伏")]
    [InlineData("碳汇", "岩溶碳汇")]
    [InlineData("充电桩", "建设分散式充电桩")]
    public void Two_and_three_character_queries_find_their_paragraph(string query, string expected)
    {
        var hits = Search(_db, query);

        Assert.Contains(expected, hits[0].Text);
    }

    [Fact]
    public void Part_of_a_lexicon_term_matches()
    {
        // 碳达峰 and 单位地区生产总值 are single tokens of the word column.
        Assert.Contains("碳【达峰】", Search(_db, "达峰")[0].Highlighted);
        Assert.Contains("单位地区【生产总值能源消耗】", Search(_db, "生产总值能源消耗")[0].Highlighted);
    }

    [Theory]
    [InlineData("加快天然气管网向乡镇延伸。", "天然气")]       // ICU: 天然|气管|网
    [InlineData("大力推动光伏在城乡建筑中应用。", "光伏")]
    [InlineData("提高城市生活垃圾焚烧处理能力。", "生活垃圾")]
    public void Term_that_word_break_cuts_with_its_neighbours_is_found(string text, string query)
    {
        var db = Path.Combine(_dir.FullName, "cut.db");
        Build(db, Bare(new PolicyKB.Core.Document("cut", new PolicyKB.Core.DocumentMeta { Title = "能源工作方案" },
            [Section("一、重点任务", 1, text)])));

        var hits = Search(db, query);

        Assert.Equal(text, Assert.Single(hits).Text);
        Assert.Contains($"【{query}】", hits[0].Highlighted);
    }

    [Fact]
    public void Hit_is_marked_in_the_original_wording()
    {
        var hit = Search(_db, "秸秆")[0];

        Assert.Contains("农作物【秸秆】综合利用", hit.Highlighted);
        Assert.Equal(hit.Text, hit.Highlighted.Replace("【", "").Replace("】", ""));
        Assert.Equal("三、严格落实责任 > （二）严格落实有关部门责任", hit.SectionPath);
        Assert.Equal(("柳州市", "city"), (hit.Region, hit.Level));
    }

    [Fact]
    public void Traditional_text_matches_simplified_queries_and_is_shown_as_written()
    {
        var hit = Search(_db, "充电桩 2030")[0];

        Assert.Equal("traditional", hit.DocumentId);
        Assert.Contains("新建分散式【充電樁】", hit.Highlighted);
        Assert.Contains("到【２０３０】年", hit.Highlighted);
        Assert.Equal("traditional", Search(_db, "發展")[0].DocumentId);
    }

    [Fact]
    public void Quoted_term_in_the_text_matches_the_unquoted_query()
    {
        var hit = Search(_db, "两高项目")[0];

        Assert.Contains("遏制“【两高”项目】盲目发展", hit.Highlighted);
    }

    [Fact]
    public void Multi_word_query_requires_every_word()
    {
        var hits = Search(_db, "新能源 公交");

        var hit = Assert.Single(hits, h => h.DocumentId == "liuzhou");
        Assert.Contains("【公交】", hit.Highlighted);
        Assert.Contains("【新能源】汽车", hit.Highlighted);
    }

    [Fact]
    public void Heading_counts_for_its_paragraphs()
    {
        // The paragraph says 绿色金融 too, but the heading (（二十九）积极发展绿色金融) also carries 积极发展.
        Assert.Contains("绿色债券", Search(_db, "积极发展 绿色金融")[0].Text);
    }

    [Fact]
    public void Question_without_exact_wording_falls_back_to_its_words()
    {
        var hits = Search(_db, "秸秆的综合利用率是多少");

        Assert.Contains("86%", hits[0].Text);
    }

    [Fact]
    public void Region_filter_keeps_only_that_region()
    {
        Assert.All(Search(_db, "2025", region: "广西壮族自治区"), h => Assert.Equal("guangxi", h.DocumentId));
        Assert.Empty(Search(_db, "秸秆", region: "广西壮族自治区"));
    }

    [Fact]
    public void Limit_caps_the_hits()
    {
        Assert.Equal(2, Search(_db, "牵头单位", limit: 2).Count);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"\"\"")]
    [InlineData("秸秆\" OR \"光伏")]
    [InlineData("AND")]
    [InlineData("秸秆 AND OR NOT 光伏")]
    [InlineData("NEAR(秸秆 光伏, 2)")]
    [InlineData("*")]
    [InlineData("秸*")]
    [InlineData("(秸秆")]
    [InlineData(")")]
    [InlineData("words : 秸秆")]
    [InlineData("{grams heading}: 光伏")]
    [InlineData("^秸秆")]
    [InlineData("-秸秆 +光伏")]
    [InlineData("<script>alert('秸秆')</script>")]
    [InlineData("'; DROP TABLE documents; --")]
    [InlineData("\0\u0001\uD800")]
    [InlineData("   ")]
    [InlineData("。，、")]
    public void Hostile_query_is_just_text(string query)
    {
        var hits = Search(_db, query);

        Assert.All(hits, h => Assert.NotEmpty(h.Text));
        using var reader = KbReader.Open(_db);
        Assert.Equal(3, reader.Documents().Count);
    }

    [Fact]
    public void Random_queries_never_throw()
    {
        var random = new Random(7);
        var alphabet = "秸秆光伏碳汇“”\"'*^()-+:{} ANDORNEAR，。、".ToCharArray();
        using var reader = KbReader.Open(_db);
        for (var i = 0; i < 300; i++)
            reader.Search(new SearchRequest(SegmenterTests.RandomText(random, alphabet)));
    }
}

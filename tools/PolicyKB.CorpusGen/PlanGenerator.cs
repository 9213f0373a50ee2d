using System.Globalization;
using System.Text.RegularExpressions;
using PolicyKB.Core;
using PolicyKB.Rules;

namespace PolicyKB.CorpusGen;

/// <summary>Makes synthetic plans by recombining real ones: a template plan moved to another real region
/// of its level (names rewritten consistently, with the city and province above), its target numbers
/// jittered, its issue years shifted, its middle sections reordered and renumbered, and sections borrowed
/// from other templates. Deterministic: plan i depends only on the seed and the plans before it, so the
/// first 300 plans of a 3,000-plan corpus are the 300-plan corpus.</summary>
public sealed partial class PlanGenerator
{
    private static readonly string[] Kinds = ["实施方案", "工作方案", "行动方案", "实施意见"];
    private static readonly string[] Sectors = ["工业领域", "城乡建设领域", "交通运输领域", "农业农村领域", "能源领域", "公共机构", "重点行业"];
    // Special administrative regions and 台湾省 issue no plans of this genre.
    private static readonly string[] NoPlans = ["香港特别行政区", "澳门特别行政区", "台湾省"];

    [GeneratedRegex(@"\s*[（(]\d{4}\s*[-—–－至]\s*\d{4}年?[）)]$")]
    private static partial Regex TitlePeriod();

    [GeneratedRegex(@"(综合工作实施方案|综合实施方案|实施方案|工作方案|行动方案|实施意见)$")]
    private static partial Regex TitleKind();

    private readonly IReadOnlyList<Template> _templates;
    private readonly RegionCatalog _regions;
    private readonly Dictionary<string, List<Region>> _candidates;
    private readonly int _seed;
    private readonly HashSet<string> _titles = [];
    private readonly HashSet<string> _docNumbers = [];
    private int _next;

    public PlanGenerator(IReadOnlyList<Template> templates, RegionCatalog regions, int seed)
    {
        _templates = templates;
        _regions = regions;
        _seed = seed;
        _candidates = new Dictionary<string, List<Region>>
        {
            ["province"] = regions.All.Where(r => r.Level == "province" && !NoPlans.Contains(r.Name)).ToList(),
            ["city"] = regions.All.Where(r => r.Level == "city").ToList(),
            ["county"] = regions.All.Where(r => r.Level is "county" or "district").ToList(),
        };
    }

    /// <summary>The next plan, with id g00001, g00002 …</summary>
    public Document Next()
    {
        var index = _next++;
        var random = new Random(unchecked(_seed * 1_000_003 + index));
        var id = $"g{index + 1:D5}";
        var template = _templates[random.Next(_templates.Count)];
        var yearShift = random.Next(-1, 2);

        for (var attempt = 0; ; attempt++)
        {
            var region = Pick(random, _candidates[template.Level]);
            var target = NamesOf(region);
            var rewriter = new TextRewriter(template, target, random, yearShift);
            if (UniqueTitle(random, template, rewriter, region) is not { } title)
            {
                if (attempt > 50)
                    throw new InvalidOperationException($"no unique title for plan {id}");
                continue;
            }

            var sections = Body(random, template, rewriter, target);
            var meta = Meta(random, template, rewriter, region, target, title, id);
            return new Document(id, meta, sections);
        }
    }

    private List<Section> Body(Random random, Template template, TextRewriter rewriter, IReadOnlyDictionary<string, RegionNames> target)
    {
        var all = template.Document.Sections.Select(s => Map(s, rewriter.Rewrite)).ToList();
        var preamble = all.Where(s => s.Level == 0).ToList();
        var top = all.Where(s => s.Level > 0).ToList();

        // The first section (goals, 总体要求) and the last (保障措施) stay; the tasks between are reordered.
        if (top.Count >= 4)
            Shuffle(random, top, 1, top.Count - 1);
        top = top.Select(s => ShuffleChildren(random, s)).ToList();

        // Task sections borrowed from other plans of any level (moved to this region), before the last
        // one; not another plan's first or last section (goals, 保障措施), nor a heading this plan has.
        var borrowed = random.Next(2, 7);
        for (var k = 0; k < borrowed && _templates.Count > 1; k++)
        {
            var other = _templates[random.Next(_templates.Count)];
            var otherTop = other.Document.Sections.Where(s => s.Level > 0).ToList();
            var have = top.Select(s => HeadingText(s.Heading)).ToHashSet();
            var candidates = otherTop.Skip(1).SkipLast(1).Where(s => !have.Contains(HeadingText(s.Heading))).ToList();
            if (other == template || candidates.Count == 0)
                continue;
            var otherRewriter = new TextRewriter(other, target, random, 0);
            var section = Map(candidates[random.Next(candidates.Count)], otherRewriter.Rewrite);
            top.Insert(top.Count > 1 ? top.Count - 1 : top.Count, section);
        }
        return [.. preamble, .. Renumbered(top, "")];
    }

    private DocumentMeta Meta(Random random, Template template, TextRewriter rewriter, Region region,
        IReadOnlyDictionary<string, RegionNames> target, string title, string id)
    {
        var source = template.Document.Meta;
        var year = source.Date is { Length: >= 4 } date && int.TryParse(date[..4], out var y)
            ? Math.Clamp(int.Parse(rewriter.Years(y.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture), 2021, 2024)
            : random.Next(2021, 2025);
        var period = TitlePeriod().Match(title) is { Success: true } m
            ? Regex.Replace(m.Value, @"[^\d]+", "-").Trim('-')
            : source.Period is { } p ? rewriter.Years(p) : null;
        var level = region.Level == "district" ? "district" : template.Level;
        return new DocumentMeta
        {
            Title = title,
            Region = region.Name,
            Level = level,
            Issuer = region.Name + (random.Next(3) == 0 ? "人民政府办公室" : "人民政府"),
            Date = $"{year}-{random.Next(1, 13):D2}-{random.Next(1, 29):D2}",
            DocNumber = DocNumber(random, target[template.Level].Short, level, year),
            Period = period,
            SourceFile = id + ".txt",
        };
    }

    private string? UniqueTitle(Random random, Template template, TextRewriter rewriter, Region region)
    {
        var original = rewriter.RewriteNames(template.Document.Meta.Title);
        for (var tries = 0; tries < 30; tries++)
        {
            var title = TitlePeriod().Replace(original, "");
            if (random.Next(2) == 0)
                title = TitleKind().Replace(title, Kinds[random.Next(Kinds.Length)]);
            if (random.Next(5) < 2 && title.StartsWith(region.Name, StringComparison.Ordinal))
                title = region.Name + Sectors[random.Next(Sectors.Length)] + title[region.Name.Length..];
            if (random.Next(2) == 0)
            {
                var end = random.Next(3) == 0 ? 2030 : 2025;
                title += $"（{random.Next(2021, 2024)}-{end}年）";
            }
            if (_titles.Add(TextFold.ForMatch(title) + "|" + region.Name))
                return title;
        }
        return null;
    }

    private string DocNumber(Random random, string shortName, string level, int year)
    {
        var kind = level == "province" ? "政发" : random.Next(2) == 0 ? "政发" : "政办发";
        while (true)
        {
            var number = $"{shortName[0]}{kind}〔{year}〕{random.Next(1, 400)}号";
            if (_docNumbers.Add(number))
                return number;
        }
    }

    private Dictionary<string, RegionNames> NamesOf(Region region)
    {
        var level = region.Level is "district" ? "county" : region.Level;
        var names = new Dictionary<string, RegionNames> { [level] = RegionNames.Of(region) };
        foreach (var ancestor in _regions.Ancestors(region))
            if (ancestor.Level is "province" or "city")
                names[ancestor.Level] = RegionNames.Of(ancestor);
        return names;
    }

    private static Section Map(Section section, Func<string, string> rewrite) => section with
    {
        Heading = rewrite(section.Heading),
        Paragraphs = section.Paragraphs.Select(rewrite).ToList(),
        Tables = section.Tables.Select(t => new Table(t.Header.Select(rewrite).ToList(),
            t.Rows.Select(r => (IReadOnlyList<string>)r.Select(rewrite).ToList()).ToList())).ToList(),
        Children = section.Children.Select(c => Map(c, rewrite)).ToList(),
    };

    private static Section ShuffleChildren(Random random, Section section)
    {
        var children = section.Children.Select(c => ShuffleChildren(random, c)).ToList();
        if (children.Count >= 3 && random.Next(2) == 0)
            Shuffle(random, children, 0, children.Count);
        return section with { Children = children };
    }

    // Headings renumbered in their new order and paths rebuilt from them.
    private static List<Section> Renumbered(IReadOnlyList<Section> siblings, string parentPath)
    {
        var headings = Headings.Renumber(siblings.Select(s => s.Heading).ToList());
        return siblings.Select((s, i) =>
        {
            var path = parentPath.Length == 0 ? headings[i] : parentPath + " > " + headings[i];
            return s with { Heading = headings[i], Path = path, Children = Renumbered(s.Children, path) };
        }).ToList();
    }

    private static void Shuffle<T>(Random random, List<T> list, int from, int to)
    {
        for (var i = to - 1; i > from; i--)
        {
            var j = random.Next(from, i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    // A heading without its marker: 二、重点任务 → 重点任务.
    private static string HeadingText(string heading) => HeadingMarker().Replace(TextFold.ForMatch(heading), "");

    [GeneratedRegex(@"^(第?[一二三四五六七八九十百零〇\d]+[、.．章节部分]|[（(][一二三四五六七八九十百零〇\d]+[）)])\s*")]
    private static partial Regex HeadingMarker();

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}

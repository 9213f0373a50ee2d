using PolicyKB.Core;
using PolicyKB.Ingest;
using PolicyKB.Rules;

namespace PolicyKB.CorpusGen;

/// <summary>A real plan the generator recombines: its document and the regions its text names (its own
/// region and the city and province above it), so they can be renamed consistently.</summary>
/// <param name="Level">province | city | county: which regions it can be moved to.</param>
/// <param name="Names">The plan's own region and its ancestors, keyed by level.</param>
public sealed record Template(string Name, Document Document, string Level, IReadOnlyDictionary<string, RegionNames> Names)
{
    private static readonly string[] Extensions = [".md", ".txt"];

    /// <summary>Reads every plan of the source folders: canonical .md (corpus/) and plain text (held-out
    /// plans in other layouts). A file whose title repeats an earlier one (the GB18030 copy of a held-out
    /// plan) is skipped.</summary>
    public static IReadOnlyList<Template> Load(IEnumerable<string> sources, RegionCatalog regions)
    {
        var ingestor = new Ingestor(regions);
        var templates = new List<Template>();
        var titles = new HashSet<string>();
        foreach (var source in sources)
        {
            IEnumerable<string> files = File.Exists(source)
                ? [source]
                : Directory.GetFiles(source).Where(f => Extensions.Contains(Path.GetExtension(f))).Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var document = ingestor.Read(file);
                if (titles.Add(TextFold.ForMatch(document.Meta.Title)) && From(document, regions) is { } template)
                    templates.Add(template);
            }
        }
        if (templates.Count == 0)
            throw new KbException("没有可用的模板方案", string.Join(", ", sources));
        return templates;
    }

    private static Template? From(Document document, RegionCatalog regions)
    {
        var meta = document.Meta;
        if (meta.Region is null)
            return null;
        var names = new Dictionary<string, RegionNames>();
        var level = meta.Level switch { "province" => "province", "city" => "city", "county" or "district" => "county", _ => null };
        if (level is null)
            return null;
        if (regions.Find(meta.Region) is { } known)
        {
            names[level] = RegionNames.Of(known);
            foreach (var ancestor in regions.Ancestors(known))
                if (ancestor.Level is "province" or "city")
                    names[ancestor.Level] = RegionNames.Of(ancestor);
        }
        else
        {
            // A region the catalog lacks (a county of a held-out plan): its ancestors are the city and
            // province its text names most often (长汀县's plan follows 龙岩市's 碳达峰工作安排).
            names[level] = RegionNames.Of(new Region(meta.Region, [], meta.Level!, null));
            var text = TextFold.ForMatch(string.Join('\n', document.AllSections().SelectMany(s => s.Paragraphs)));
            foreach (var above in new[] { "city", "province" }.Where(l => Rank(l) < Rank(level)))
            {
                var best = regions.All.Where(r => r.Level == above)
                    .Select(r => (Region: r, Count: Occurrences(text, r)))
                    .Where(p => p.Count > 0)
                    .OrderByDescending(p => p.Count).ThenBy(p => p.Region.Name, StringComparer.Ordinal)
                    .Select(p => p.Region).FirstOrDefault();
                if (best is not null)
                    names[above] = RegionNames.Of(best);
            }
        }
        return new Template(document.Id, document, level, names);
    }

    internal static int Rank(string level) => level switch { "province" => 1, "city" => 2, _ => 3 };

    private static int Occurrences(string text, Region region)
    {
        var count = 0;
        foreach (var name in region.ShortNames.Append(region.Name).Where(n => n.Length >= 2))
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
                count++;
        return count;
    }
}

/// <summary>A region's full name and the short name plans use for it (柳州市 / 柳州).</summary>
public sealed record RegionNames(string Full, string Short, string Level)
{
    private static readonly string[] Suffixes = ["壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区", "省", "市", "县", "区", "州", "盟", "地区"];

    public static RegionNames Of(Region region)
    {
        var shortName = region.ShortNames.Where(s => s.Length >= 2).FirstOrDefault() ?? Strip(region.Name);
        return new RegionNames(region.Name, shortName, region.Level);
    }

    private static string Strip(string name)
    {
        foreach (var suffix in Suffixes)
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length - suffix.Length >= 2)
                return name[..^suffix.Length];
        return name;
    }
}

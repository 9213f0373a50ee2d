using PolicyKB.Core;
using PolicyKB.Rules;
using PolicyKB.Rules.Yaml;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace PolicyKB.Tests.Rules;

/// <summary>The parsed-rule cache `kb` keeps in the user's cache folder: a replay gives the tree the parser
/// gives, a changed file is parsed again, a broken one still fails with its file and line.</summary>
public sealed class YamlCacheTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("kb-yamlcache-");

    private string CacheFolder => Path.Combine(_temp.FullName, "cache");

    private string[] Entries => Directory.Exists(CacheFolder) ? Directory.GetFiles(CacheFolder) : [];

    [Fact]
    public void A_replayed_file_gives_the_same_tree_with_the_same_lines()
    {
        var yaml = File.ReadAllText(Path.Combine(TestPaths.Rules, RuleSet.PatternsFile));
        YamlCache.Folder = null;
        var parsed = Describe(YamlCache.Load(yaml));

        YamlCache.Folder = CacheFolder;
        var first = Describe(YamlCache.Load(yaml));
        Assert.Single(Entries);
        var replayed = Describe(YamlCache.Load(yaml));

        Assert.Equal(parsed, first);
        Assert.Equal(parsed, replayed);
    }

    [Fact]
    public void A_rule_set_loaded_from_the_cache_equals_one_parsed()
    {
        var rules = CopyOfRules();
        YamlCache.Folder = CacheFolder;
        var cold = RuleSet.Load(rules);
        var entries = Entries.Length;
        var warm = RuleSet.Load(rules);

        Assert.True(entries >= 7, $"{entries} entries");
        Assert.Equal(entries, Entries.Length);
        Assert.Equal(cold.Examples.Select(e => (e.Id, e.Text)), warm.Examples.Select(e => (e.Id, e.Text)));
        Assert.Equal(cold.Regions.All.Count, warm.Regions.All.Count);
        Assert.Equal("energy_intensity", warm.Metrics.Find("单位GDP能耗")?.Id);
    }

    [Fact]
    public void A_changed_rule_file_is_parsed_again_not_read_from_its_old_entry()
    {
        var rules = CopyOfRules();
        YamlCache.Folder = CacheFolder;
        Assert.Null(RuleSet.Load(rules).Regions.Find("测试新区"));

        var regions = Path.Combine(rules, RuleSet.RegionsFile);
        File.AppendAllText(regions, "\n- name: 测试新区\n  level: county\n  parent: 柳州市\n");
        var changed = RuleSet.Load(rules);

        Assert.Equal("测试新区", changed.Regions.Find("测试新区")?.Name);
    }

    [Theory]
    [InlineData("units.misspelt-key.yaml", "rules/units.yaml:5: 未知的键“unti”")]
    [InlineData("patterns.bad-regex.yaml", "rules/patterns.yaml:3: 正则表达式")]
    [InlineData("departments.duplicate-key.yaml", "rules/departments.yaml:5: 键“id”重复")]
    public void A_file_broken_after_it_was_cached_still_fails_with_its_file_and_line(string badFile, string expected)
    {
        var rules = CopyOfRules();
        YamlCache.Folder = CacheFolder;
        RuleSet.Load(rules);
        var target = badFile.Split('.')[0] + ".yaml";
        File.Copy(Path.Combine(TestPaths.RepoRoot, "tests", "PolicyKB.Tests", "Rules", "Bad", badFile), Path.Combine(rules, target), overwrite: true);

        var error = Assert.Throws<KbException>(() => RuleSet.Load(rules));
        var again = Assert.Throws<KbException>(() => RuleSet.Load(rules));

        Assert.Contains(expected, error.OneLine());
        Assert.Equal(error.OneLine(), again.OneLine());
    }

    [Fact]
    public void Malformed_yaml_is_never_stored_and_fails_at_its_line()
    {
        const string yaml = "units:\n  - id: a\n    unit: x\n      names: y\n";
        YamlCache.Folder = null;
        var plain = Assert.ThrowsAny<YamlDotNet.Core.YamlException>(() => YamlCache.Load(yaml));
        YamlCache.Folder = CacheFolder;
        var cached = Assert.ThrowsAny<YamlDotNet.Core.YamlException>(() => YamlCache.Load(yaml));

        Assert.Equal(4, plain.Start.Line);
        Assert.Equal(plain.Start.Line, cached.Start.Line);
        Assert.Empty(Entries);
    }

    [Fact]
    public void A_damaged_entry_is_ignored_and_the_file_parsed()
    {
        var yaml = File.ReadAllText(Path.Combine(TestPaths.Rules, RuleSet.UnitsFile));
        YamlCache.Folder = CacheFolder;
        var expected = Describe(YamlCache.Load(yaml));
        var entry = Assert.Single(Entries);
        var bytes = File.ReadAllBytes(entry);
        File.WriteAllBytes(entry, bytes[..(bytes.Length / 2)]);

        Assert.Equal(expected, Describe(YamlCache.Load(yaml)));
    }

    // Every node with its kind, value and start line and column, depth first.
    private static List<string> Describe(YamlStream stream)
    {
        var lines = new List<string>();
        void Walk(YamlNode node, int depth)
        {
            var head = $"{depth} {node.NodeType} {node.Start.Line}:{node.Start.Column}-{node.End.Line}:{node.End.Column}";
            switch (node)
            {
                case YamlScalarNode scalar:
                    lines.Add($"{head} {scalar.Style} {scalar.Value}");
                    break;
                case YamlSequenceNode sequence:
                    lines.Add(head);
                    foreach (var child in sequence.Children)
                        Walk(child, depth + 1);
                    break;
                case YamlMappingNode mapping:
                    lines.Add(head);
                    foreach (var (key, value) in mapping.Children)
                    {
                        Walk(key, depth + 1);
                        Walk(value, depth + 1);
                    }
                    break;
            }
        }
        foreach (var document in stream.Documents)
            Walk(document.RootNode, 0);
        return lines;
    }

    private string CopyOfRules()
    {
        var dir = Directory.CreateDirectory(Path.Combine(_temp.FullName, "rules")).FullName;
        foreach (var file in Directory.GetFiles(TestPaths.Rules, "*.yaml"))
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)), overwrite: true);
        return dir;
    }

    public void Dispose()
    {
        YamlCache.Folder = null;
        _temp.Delete(recursive: true);
    }
}

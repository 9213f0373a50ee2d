using PolicyKB.Core;
using PolicyKB.Query.Ask;
using Xunit;

namespace PolicyKB.Tests.Query.Ask;

/// <summary>KbAsker as `kb ask` uses it: the rules read beforehand on a thread of their own.</summary>
public sealed class KbAskerTests(BundledKbFixture bundled) : IClassFixture<BundledKbFixture>
{
    [Fact]
    public void Preloaded_rules_answer_as_rules_read_at_open_do()
    {
        var steps = new System.Collections.Concurrent.ConcurrentQueue<string>();
        KbAsker.Preload(TestPaths.Rules, first: () => steps.Enqueue("first"), then: () => steps.Enqueue("then"));
        using var preloaded = KbAsker.Open(bundled.Kb.DbPath, TestPaths.Rules);
        using var plain = KbAsker.Open(bundled.Kb.DbPath, TestPaths.Rules);

        const string question = "柳州市全市节能工作由哪个部门牵头？";
        var answer = preloaded.Ask(question);

        Assert.True(answer.Found);
        Assert.Contains("发展", answer.Answer);
        Assert.Equal(plain.Ask(question), answer, AskResultComparer.Instance);
        Assert.True(SpinWait.SpinUntil(() => steps.Count == 2, TimeSpan.FromSeconds(10)));
        Assert.Equal(["first", "then"], steps);
    }

    [Fact]
    public void A_bad_rule_file_read_on_the_rules_thread_is_reported_by_open()
    {
        using var dir = new TempRules();
        File.AppendAllText(Path.Combine(dir.Path, "units.yaml"), "\n  - [unclosed\n");
        KbAsker.Preload(dir.Path);

        var error = Assert.Throws<KbException>(() => KbAsker.Open(bundled.Kb.DbPath, dir.Path));

        Assert.Contains("units.yaml", error.OneLine());
    }

    private sealed class TempRules : IDisposable
    {
        public TempRules()
        {
            Path = Directory.CreateTempSubdirectory("kb-rules-").FullName;
            foreach (var file in Directory.GetFiles(TestPaths.Rules))
                File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        }

        public string Path { get; }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }

    // Answers compared by what --json shows.
    private sealed class AskResultComparer : IEqualityComparer<AskResult>
    {
        public static readonly AskResultComparer Instance = new();

        public bool Equals(AskResult? x, AskResult? y) =>
            System.Text.Json.JsonSerializer.Serialize(x, PolicyKB.Query.KbJson.Options) == System.Text.Json.JsonSerializer.Serialize(y, PolicyKB.Query.KbJson.Options);

        public int GetHashCode(AskResult obj) => 0;
    }
}

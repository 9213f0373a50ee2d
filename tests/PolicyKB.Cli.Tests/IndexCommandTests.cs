using System.Text.Json;
using Xunit;

namespace PolicyKB.Cli.Tests;

public sealed class IndexCommandTests : IDisposable
{
    private readonly Kb _kb = new();

    public void Dispose() => _kb.Dispose();

    [Fact]
    public void Index_builds_from_the_bundled_corpus_with_progress_on_stderr()
    {
        var result = _kb.Run("index");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("写入 3 个方案", result.Stdout);
        Assert.Contains("已索引 3/3", result.Stderr);
        Assert.True(File.Exists(_kb.DbPath));
        Assert.DoesNotContain(Directory.GetFiles(_kb.Folder), f => f.EndsWith(".tmp"));
    }

    [Fact]
    public void Index_of_a_corpus_with_a_bad_file_keeps_the_old_database()
    {
        Assert.Equal(0, _kb.Run("index").ExitCode);
        var corpus = Directory.CreateDirectory(Path.Combine(_kb.Folder, "corpus"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "corpus", "000_b9235fa2a03b53ca.md"), Path.Combine(corpus.FullName, "a.md"));
        File.WriteAllText(Path.Combine(corpus.FullName, "b.md"), "---\ntitle: 坏文件\nbogus: 1\n---\n\n正文。\n");

        var result = _kb.Run("index", "--corpus", corpus.FullName);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("b.md", result.Stderr);
        var docs = JsonDocument.Parse(_kb.Run("docs", "--json").Stdout).RootElement.GetProperty("documents");
        Assert.Equal(3, docs.GetArrayLength());
    }

    [Fact]
    public void Index_of_a_missing_folder_names_it()
    {
        var missing = Path.Combine(_kb.Folder, "nowhere");

        var result = _kb.Run("index", "--corpus", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(missing, result.Stderr);
        Assert.False(File.Exists(_kb.DbPath));
    }
}

using System.Text.Json;
using Xunit;

namespace PolicyKB.Cli.Tests;

public sealed class DocsCommandTests : IDisposable
{
    private readonly Kb _kb = new();

    public void Dispose() => _kb.Dispose();

    [Fact]
    public void Docs_lists_the_plans_with_their_metadata()
    {
        var result = _kb.Run("docs", "--json");

        Assert.Equal(0, result.ExitCode);
        var docs = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(3, docs.Count);
        var guangan = docs.Single(d => d.GetProperty("region").GetString() == "广安市");
        Assert.Equal("广安府发〔2024〕1号", guangan.GetProperty("docNumber").GetString());
        Assert.Equal("2024-01-26", guangan.GetProperty("date").GetString());
        Assert.Equal(1, guangan.GetProperty("version").GetInt32());
    }

    [Fact]
    public void Docs_table_shows_region_level_and_doc_number()
    {
        var result = _kb.Run("docs");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("广西壮族自治区", result.Stdout);
        Assert.Contains("省级", result.Stdout);
        Assert.Contains("共 3 个方案", result.Stdout);
    }
}

[CollectionDefinition(nameof(EnvironmentCollection), DisableParallelization = true)]
public sealed class EnvironmentCollection;

/// <summary>Tests that set environment variables run alone.</summary>
[Collection(nameof(EnvironmentCollection))]
public sealed class KbDbVariableTests : IDisposable
{
    private readonly Kb _kb = new();

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("KB_DB", null);
        _kb.Dispose();
    }

    [Fact]
    public void KB_DB_chooses_the_database_when_no_option_is_given()
    {
        Environment.SetEnvironmentVariable("KB_DB", _kb.DbPath);

        var result = Kb.RunRaw("docs", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(_kb.DbPath));
    }
}

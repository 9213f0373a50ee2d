using System.Text;
using PolicyKB.Ingest;
using PolicyKB.Rules;

namespace PolicyKB.CorpusGen;

/// <summary>What to generate and where.</summary>
public sealed record CorpusOptions
{
    public required int Count { get; init; }
    public int Seed { get; init; } = 1;
    public required string OutDir { get; init; }

    /// <summary>md: canonical plans for `kb index --corpus`; txt: plain text for `kb ingest`.</summary>
    public string Format { get; init; } = "md";

    /// <summary>The repository (corpus/, tests/heldout/, rules/).</summary>
    public required string RepoRoot { get; init; }
}

/// <summary>Totals of a generated corpus.</summary>
public sealed record CorpusStats(int Plans, long Characters, long Utf8Bytes, int Templates);

/// <summary>Writes a generated corpus: the bundled canonical plans and the held-out plans (other layouts)
/// recombined into <see cref="CorpusOptions.Count"/> plans.</summary>
public static class CorpusWriter
{
    public static CorpusStats Write(CorpusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Format is not ("md" or "txt"))
            throw new ArgumentException($"unknown format {options.Format} (md | txt)");
        var regions = RegionCatalog.Load(Path.Combine(options.RepoRoot, "rules", "regions.yaml"));
        var sources = new[] { Path.Combine(options.RepoRoot, "corpus"), Path.Combine(options.RepoRoot, "tests", "heldout") }
            .Where(Directory.Exists);
        var templates = Template.Load(sources, regions);
        var generator = new PlanGenerator(templates, regions, options.Seed);

        Directory.CreateDirectory(options.OutDir);
        foreach (var stale in Directory.EnumerateFiles(options.OutDir, "g*.*").Where(f => Path.GetExtension(f) is ".md" or ".txt"))
            File.Delete(stale);
        long characters = 0, bytes = 0;
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        for (var i = 0; i < options.Count; i++)
        {
            var document = generator.Next();
            var text = options.Format == "md"
                ? CanonicalMarkdown.Write(document with { Meta = document.Meta with { SourceFile = document.Id + ".md" } })
                : PlainTextWriter.Write(document, new Random(unchecked(options.Seed * 7919 + i)));
            var data = utf8.GetBytes(text);
            File.WriteAllBytes(Path.Combine(options.OutDir, $"{document.Id}.{options.Format}"), data);
            characters += text.Length;
            bytes += data.Length;
        }
        return new CorpusStats(options.Count, characters, bytes, templates.Count);
    }

    /// <summary>The folder holding PolicyKB.sln, searched upwards from <paramref name="start"/>.</summary>
    public static string FindRepoRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PolicyKB.sln")))
                return dir.FullName;
        throw new DirectoryNotFoundException($"PolicyKB.sln not found above {start}; pass --repo");
    }
}

using Xunit;
using PolicyKB.Ingest;

namespace PolicyKB.Tests.Ingest;

public sealed class CorpusTests
{
    public static TheoryData<string> SeedNames() => new(TestPaths.Liuzhou, TestPaths.Guangxi, TestPaths.Guangan);

    // The bundled corpus is what ingest makes of the seeds today. KB_UPDATE_CORPUS=1 rewrites it for review.
    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Bundled_corpus_file_is_what_ingest_makes_of_the_seed(string seed)
    {
        var document = IngestFixture.Seed(seed);
        var expected = CanonicalMarkdown.Write(document);
        var path = Path.Combine(TestPaths.Corpus, document.Id + ".md");

        if (Environment.GetEnvironmentVariable("KB_UPDATE_CORPUS") == "1")
            Corpus.Write(TestPaths.Corpus, document);

        Assert.True(File.Exists(path), $"{path} is missing; run the tests with KB_UPDATE_CORPUS=1");
        Assert.Equal(expected, File.ReadAllText(path));
    }

    [Fact]
    public void Read_all_returns_the_corpus_in_file_name_order()
    {
        var documents = Corpus.ReadAll(TestPaths.Corpus, IngestFixture.Ingestor);

        Assert.True(documents.Count >= 3);
        Assert.Equal(documents.Select(d => d.Id).Order(StringComparer.Ordinal), documents.Select(d => d.Id));
        Assert.Contains(documents, d => d.Meta.Title == "广安市碳达峰实施方案");
    }

    [Fact]
    public void Write_replaces_the_file_and_leaves_no_temporary_file()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var document = IngestFixture.Seed(TestPaths.Liuzhou);

        Corpus.Write(dir, document);
        Corpus.Write(dir, document);

        Assert.Equal([document.Id + ".md"], Directory.GetFiles(dir).Select(Path.GetFileName));
        Directory.Delete(dir, recursive: true);
    }
}

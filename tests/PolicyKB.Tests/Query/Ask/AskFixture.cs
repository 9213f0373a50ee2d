using PolicyKB.Extract;
using PolicyKB.Query;
using PolicyKB.Query.Ask;
using PolicyKB.Rules;
using PolicyKB.Store;
using Xunit;

namespace PolicyKB.Tests.Query.Ask;

/// <summary>Two knowledge bases built once for the ask tests, with extraction: the bundled corpus (柳州,
/// 广西, 广安) and the small plans under Data/ask (桂林, 南充), worded differently from the seeds.</summary>
public sealed class AskFixture : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("kb-ask-");
    private readonly List<KbReader> _readers = [];

    public AskFixture()
    {
        Rules = RuleSet.Load(TestPaths.Rules);
        Questions = QuestionRules.Load(TestPaths.Rules);
        var extract = new Extractor(Rules).Extract;
        var corpusDb = Path.Combine(_dir.FullName, "corpus.db");
        using (var kb = new KnowledgeBase(new KbOptions { DbPath = corpusDb, RulesDir = TestPaths.Rules, Extract = extract }))
            kb.Index(TestPaths.Corpus);
        var ownDb = Path.Combine(_dir.FullName, "own.db");
        using (var kb = new KnowledgeBase(new KbOptions { DbPath = ownDb, RulesDir = TestPaths.Rules, Extract = extract }))
            kb.Ingest([Path.Combine(TestPaths.Data, "ask")]);
        Corpus = Open(corpusDb);
        Own = Open(ownDb);
    }

    public RuleSet Rules { get; }

    public QuestionRules Questions { get; }

    /// <summary>Asks the bundled corpus.</summary>
    public Asker Corpus { get; }

    /// <summary>Asks the plans written for these tests.</summary>
    public Asker Own { get; }

    public QuestionAnalyzer Analyzer => Corpus.Analyzer;

    private Asker Open(string dbPath)
    {
        var reader = KbReader.Open(dbPath);
        _readers.Add(reader);
        return new Asker(new QuestionAnalyzer(Questions, Rules, reader.Segmenter), reader);
    }

    public void Dispose()
    {
        foreach (var reader in _readers)
            reader.Dispose();
        _dir.Delete(recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class AskCollection : ICollectionFixture<AskFixture>
{
    public const string Name = "ask";
}

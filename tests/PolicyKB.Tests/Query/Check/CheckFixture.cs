using PolicyKB.Core;
using PolicyKB.Extract;
using PolicyKB.Ingest;
using PolicyKB.Query.Check;
using PolicyKB.Rules;

namespace PolicyKB.Tests.Query.Check;

/// <summary>The rules, the checker and a library of the bundled corpus (柳州, 广西, 广安), extracted once.</summary>
public sealed class CheckFixture
{
    public CheckFixture()
    {
        Rules = RuleSet.Load(TestPaths.Rules);
        Settings = DraftChecker.LoadSettings(TestPaths.Rules, Rules);
        Extractor = new Extractor(Rules);
        Ingestor = new Ingestor(Rules.Regions);
        Library = new ExtractedLibrary(Corpus.ReadAll(TestPaths.Corpus, Ingestor).Select(Extractor.Extract));
        Checker = new DraftChecker(Rules, Settings);
    }

    public RuleSet Rules { get; }
    public CheckSettings Settings { get; }
    public Extractor Extractor { get; }
    public Ingestor Ingestor { get; }
    public IPlanLibrary Library { get; }
    public DraftChecker Checker { get; }

    public Extraction Draft(string path) => Extractor.Extract(Ingestor.Read(path));

    /// <summary>Checks a draft of tests/PolicyKB.Tests/Data/check/ against the bundled corpus.</summary>
    public CheckReport Check(string name, string? parent = null) =>
        Checker.Check(Draft(Path.Combine(TestPaths.Data, "check", name)), Library, parent);

    public static string Folded(string text) => TextFold.ForMatch(string.Concat(text.Where(c => !char.IsWhiteSpace(c))));
}

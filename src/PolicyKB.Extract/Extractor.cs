using PolicyKB.Core;
using PolicyKB.Extract.Owners;
using PolicyKB.Extract.Targets;
using PolicyKB.Extract.Text;
using PolicyKB.Rules;

namespace PolicyKB.Extract;

/// <summary>Turns a Document into its targets, measures and duties with the rules of a RuleSet.
/// Pure: no I/O; build one per RuleSet and reuse it (thread-safe: every call works on its own state).</summary>
public sealed class Extractor
{
    public Extractor(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules;
        Targets = new TargetReader(rules);
        Bodies = new BodyNames(rules);
        OwnerWords = new OwnerWords(rules);
        KindWords = new WordScan(rules.Patterns.MeasureKinds.SelectMany((kind, i) => kind.Words.Select(w => (w, i))));
        PastHeadings = rules.Patterns.PastHeadings.Select(r => new GuardedRegex(r)).ToArray();
    }

    internal RuleSet Rules { get; }

    internal TargetReader Targets { get; }

    internal BodyNames Bodies { get; }

    internal OwnerWords OwnerWords { get; }

    /// <summary>The words of patterns.yaml's measure kinds, each indexed by its kind's position.</summary>
    internal WordScan KindWords { get; }

    /// <summary>patterns.yaml's past_headings, behind their quick tests.</summary>
    internal GuardedRegex[] PastHeadings { get; }

    public Extraction Extract(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new DocumentWalker(this, document).Run();
    }

    /// <summary>The targets of one sentence or paragraph read on its own (no region, no headings):
    /// what the rule files' examples are checked with.</summary>
    public IReadOnlyList<Target> ExtractSentence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var section = new Section("", 0, "", [text], [], []);
        return Extract(new Document("sentence", new DocumentMeta { Title = "" }, [section])).Targets;
    }
}

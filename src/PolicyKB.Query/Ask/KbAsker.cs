using PolicyKB.Rules;
using PolicyKB.Store;

namespace PolicyKB.Query.Ask;

/// <summary>An <see cref="Asker"/> over a knowledge-base file with a reader of its own, as `kb ask` and
/// `kb serve` use it; disposing closes the reader.</summary>
public sealed class KbAsker : IDisposable
{
    private readonly KbReader _reader;

    private KbAsker(KbReader reader, Asker asker)
    {
        _reader = reader;
        Asker = asker;
    }

    public Asker Asker { get; }

    /// <summary>Opens an existing knowledge base with the rules <paramref name="rules"/> loaded from
    /// <paramref name="rulesDir"/> (which also holds questions.yaml).</summary>
    public static KbAsker Open(string dbPath, RuleSet rules, string rulesDir)
    {
        var reader = KbReader.Open(dbPath);
        try
        {
            return new KbAsker(reader, Asker.Create(reader, rules, rulesDir));
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    public AskResult Ask(string question) => Asker.Ask(question);

    public void Dispose() => _reader.Dispose();
}

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

    /// <summary>Opens an existing knowledge base and loads the rule files of <paramref name="rulesDir"/>
    /// side by side: on a cold start (a `kb ask` process) reading the rules and opening the database with
    /// its plan list and word breaker take about as long as each other. Bad rules are reported before a
    /// bad database, as if the rules had been read first.</summary>
    public static KbAsker Open(string dbPath, string rulesDir)
    {
        var rules = s_preloaded is { } preloaded && preloaded.RulesDir == rulesDir ? preloaded.Rules : LoadRules(rulesDir);
        s_preloaded = null;
        KbReader reader;
        try
        {
            reader = KbReader.Open(dbPath);
        }
        catch
        {
            _ = rules.GetAwaiter().GetResult();   // a rule error wins
            throw;
        }
        try
        {
            Warm(reader);
            var (ruleSet, questions) = rules.GetAwaiter().GetResult();
            return new KbAsker(reader, Asker.Create(reader, ruleSet, questions));
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    public AskResult Ask(string question) => Asker.Ask(question);

    private static (string RulesDir, Task<(RuleSet Rules, QuestionRules Questions)> Rules)? s_preloaded;

    /// <summary>Starts reading the rule files of <paramref name="rulesDir"/> on another thread for the
    /// <see cref="Open(string, string)"/> to come: `kb ask` calls it before its command line is parsed, so
    /// the rules (the longest part of a cold start) begin about 10 ms sooner. An Open with other rules reads
    /// its own. <paramref name="first"/> runs on that thread before the rules are read (the program sets
    /// the folder of <see cref="PolicyKB.Rules.Yaml.YamlCache"/> there: the first use of the environment and
    /// of the file system cost a process ~7 ms, which the rules then need not wait for). <paramref name="then"/>
    /// runs on that thread once the rules are handed over: work the answer will need whose first run in a
    /// process is slow (a cold `kb ask` leaves the second core idle from there on).</summary>
    public static void Preload(string rulesDir, Action? first = null, Action? then = null) =>
        s_preloaded = (rulesDir, LoadRules(rulesDir, first, then));

    // A thread of its own rather than the thread pool's: starting the pool cost a cold start ~4 ms.
    private static Task<(RuleSet Rules, QuestionRules Questions)> LoadRules(string rulesDir, Action? first = null, Action? then = null)
    {
        var loaded = new TaskCompletionSource<(RuleSet, QuestionRules)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                first?.Invoke();
                loaded.SetResult((RuleSet.Load(rulesDir), QuestionRules.Load(rulesDir)));
            }
            catch (Exception e)
            {
                loaded.SetException(e);
                return;
            }
            then?.Invoke();
        })
        {
            IsBackground = true,
            Name = "kb rules",
        };
        thread.Start();
        return loaded.Task;
    }

    public void Dispose() => _reader.Dispose();

    // What every question needs from the database, read while the rules load: the plan list and the word
    // breaker (its first use loads ICU's dictionary).
    private static void Warm(KbReader reader)
    {
        reader.Documents();
        reader.Segmenter.Words("碳达峰");
    }
}

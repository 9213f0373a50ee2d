using System.CommandLine;
using PolicyKB.Query;

namespace PolicyKB.Cli;

/// <summary>What every command needs: its writers and resolved paths.</summary>
internal sealed class KbContext
{
    public required TextWriter Out { get; init; }
    public required TextWriter Error { get; init; }
    public required string DbPath { get; init; }
    public required string RulesDir { get; init; }

    /// <summary>The bundled canonical corpus, copied beside the program.</summary>
    public static string BundledCorpus => Path.Combine(AppContext.BaseDirectory, "corpus");

    /// <summary>The bundled rule files, copied beside the program (what --rules replaces).</summary>
    public static string BundledRules => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "rules"));

    /// <summary>The knowledge base at DbPath, with the rules and bundled corpus of this program.</summary>
    public KnowledgeBase OpenKnowledgeBase() =>
        new(new KbOptions { DbPath = DbPath, RulesDir = RulesDir, BundledCorpus = BundledCorpus });

    public static KbContext From(ParseResult parse)
    {
        var config = parse.InvocationConfiguration;
        return new KbContext
        {
            Out = config.Output,
            Error = config.Error,
            DbPath = ResolveDb(parse.GetValue(KbApp.Db)),
            RulesDir = parse.GetValue(KbApp.Rules) is { } rules ? Path.GetFullPath(rules) : BundledRules,
        };
    }

    internal static string ResolveDb(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
            return Path.GetFullPath(option);
        var env = Environment.GetEnvironmentVariable("KB_DB");
        if (!string.IsNullOrWhiteSpace(env))
            return Path.GetFullPath(env);
        var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        if (string.IsNullOrEmpty(data))
            data = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(data, "policykb", "kb.db");
    }
}

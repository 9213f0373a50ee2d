using System.CommandLine;
using PolicyKB.Core;

namespace PolicyKB.Cli;

/// <summary>Builds the `kb` root command. Each command lives in its own class under Commands/.</summary>
internal static class KbApp
{
    /// <summary>--db PATH, also KB_DB; default in the user's data folder.</summary>
    public static readonly Option<string?> Db = new("--db")
    {
        Description = "知识库数据库文件（也可用环境变量 KB_DB；默认在用户数据目录）",
        Recursive = true,
    };

    /// <summary>--rules DIR: a researcher's own rule files instead of the bundled ones.</summary>
    public static readonly Option<string?> Rules = new("--rules")
    {
        Description = "规则目录（默认使用随程序发布的 rules/）",
        Recursive = true,
    };

    // Commands register here, one line each: its name as typed, and what builds it.
    private static readonly (string Name, Func<Command> Create)[] Registered =
    [
        ("ingest", Commands.IngestCommand.Create),
        ("index", Commands.IndexCommand.Create),
        ("search", Commands.SearchCommand.Create),
        ("docs", Commands.DocsCommand.Create),
        ("targets", Commands.TargetsCommand.Create),
        ("owners", Commands.OwnersCommand.Create),
        ("extract", Commands.ExtractCommand.Create),
        ("ask", Commands.AskCommand.Create),
        ("check", Commands.CheckCommand.Create),
        ("serve", Commands.ServeCommand.Create),
    ];

    /// <summary>The names of the commands, in the order help lists them.</summary>
    public static IEnumerable<string> CommandNames => Registered.Select(c => c.Name);

    /// <summary>The root command with every command, or with only <paramref name="only"/>.</summary>
    public static RootCommand Build(string? only = null)
    {
        var root = new RootCommand("PolicyKB：中国碳达峰、节能降碳政策方案知识库（检索、抽取、问答、核查）")
        {
            Db,
            Rules,
        };
        foreach (var (name, create) in Registered)
            if (only is null || only == name)
                root.Subcommands.Add(create());
        return root;
    }

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        // `kb search …` builds the search command alone: building the other nine costs a cold start 1–5 ms.
        // Anything else (no command, --help, a misspelt command) gets every command, for help and suggestions.
        var only = args.Length > 0 && CommandNames.Contains(args[0]) ? args[0] : null;
        return Build(only).Parse(args).Invoke(config);
    }

    /// <summary>Runs a command body; a KbException (bad input) becomes one line on stderr and exit 2.
    /// Anything else is a bug and reaches System.CommandLine's handler (stack trace, exit 1).</summary>
    public static int Guard(ParseResult parse, Func<KbContext, int> body)
    {
        var context = KbContext.From(parse);
        try
        {
            return body(context);
        }
        catch (KbException e)
        {
            context.Error.WriteLine($"kb: {e.OneLine()}");
            return 2;
        }
    }
}

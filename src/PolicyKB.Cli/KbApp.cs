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

    public static RootCommand Build()
    {
        var root = new RootCommand("PolicyKB：中国碳达峰、节能降碳政策方案知识库（检索、抽取、问答、核查）")
        {
            Db,
            Rules,
        };
        // Commands register here, one line each.
        root.Subcommands.Add(Commands.IngestCommand.Create());
        root.Subcommands.Add(Commands.IndexCommand.Create());
        root.Subcommands.Add(Commands.SearchCommand.Create());
        root.Subcommands.Add(Commands.DocsCommand.Create());
        root.Subcommands.Add(Commands.TargetsCommand.Create());
        root.Subcommands.Add(Commands.OwnersCommand.Create());
        root.Subcommands.Add(Commands.ExtractCommand.Create());
        root.Subcommands.Add(Commands.AskCommand.Create());
        root.Subcommands.Add(Commands.CheckCommand.Create());
        root.Subcommands.Add(Commands.ServeCommand.Create());
        return root;
    }

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        return Build().Parse(args).Invoke(config);
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

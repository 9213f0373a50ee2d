using PolicyKB.Cli;
using PolicyKB.Cli.Commands;
using PolicyKB.Query.Ask;
using PolicyKB.Rules.Yaml;

// `kb ask` with the bundled rules reads them first thing, on another thread, while the command line is parsed
// and the database opened (KbAsker.Open takes them up); that thread then readies the JSON writer.
if (args is ["ask", ..] && !args.Any(a => a.StartsWith("--rules", StringComparison.Ordinal)))
    KbAsker.Preload(KbContext.BundledRules, first: UseYamlCache, then: args.Contains("--json") ? AskCommand.WarmUpJson : null);

UseYamlCache();
return KbApp.Run(args, Console.Out, Console.Error);

// Rule files parsed before are replayed from the user's cache (see YamlCache); only the real program uses it,
// so in-process tests parse every time. The folder is set per thread of control (an AsyncLocal).
static void UseYamlCache() => YamlCache.Folder = YamlCache.DefaultFolder();

using PolicyKB.Cli;
using PolicyKB.Rules.Yaml;

// Rule files parsed before are replayed from the user's cache (see YamlCache); only the real program
// uses it, so in-process tests parse every time.
YamlCache.Folder = YamlCache.DefaultFolder();

return KbApp.Run(args, Console.Out, Console.Error);

using PolicyKB.Cli;

namespace PolicyKB.Cli.Tests;

/// <summary>What a `kb` run printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs `kb` in-process against a knowledge base in its own temporary folder.</summary>
public sealed class Kb : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("kb-cli-");

    public string Folder => _dir.FullName;

    public string DbPath => Path.Combine(_dir.FullName, "kb.db");

    /// <summary>Runs kb with these arguments and --db set to this instance's database.</summary>
    public CliResult Run(params string[] args) => RunRaw([.. args, "--db", DbPath]);

    /// <summary>Runs kb with exactly these arguments.</summary>
    public static CliResult RunRaw(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = KbApp.Run(args, stdout, stderr);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    public void Dispose() => _dir.Delete(recursive: true);
}

/// <summary>Repository folders, found from the test assembly's folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();
    public static string Seeds => Path.Combine(Root, "tests", "PolicyKB.Tests", "Data", "seeds");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PolicyKB.sln")))
                return dir.FullName;
        throw new InvalidOperationException("PolicyKB.sln not found above " + AppContext.BaseDirectory);
    }
}

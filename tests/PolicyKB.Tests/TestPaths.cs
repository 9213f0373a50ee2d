namespace PolicyKB.Tests;

/// <summary>Where the repository's data lives, found from the test assembly's folder.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();
    public static string Rules => Path.Combine(RepoRoot, "rules");
    public static string Corpus => Path.Combine(RepoRoot, "corpus");
    /// <summary>The three real plans (copies of ../shared/seeds, so tests run without shared/).</summary>
    public static string Seeds => Path.Combine(RepoRoot, "tests", "PolicyKB.Tests", "Data", "seeds");
    public static string Data => Path.Combine(RepoRoot, "tests", "PolicyKB.Tests", "Data");

    public const string Liuzhou = "000_b9235fa2a03b53ca.txt";
    public const string Guangxi = "001_fb0704a0d694ad82.txt";
    public const string Guangan = "003_41fc7a36ab40bbf5.txt";

    public static string Seed(string name) => Path.Combine(Seeds, name);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PolicyKB.sln")))
                return dir.FullName;
        throw new InvalidOperationException("PolicyKB.sln not found above " + AppContext.BaseDirectory);
    }
}

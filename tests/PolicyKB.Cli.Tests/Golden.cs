using System.Runtime.CompilerServices;
using Xunit;

namespace PolicyKB.Cli.Tests;

/// <summary>Compares output with Golden/&lt;name&gt;.txt beside the calling test; KB_UPDATE_GOLDEN=1 rewrites
/// the file for review instead.</summary>
internal static class Golden
{
    public static void Match(string name, string actual, [CallerFilePath] string caller = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(caller)!, "Golden", name + ".txt");
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("KB_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"golden file missing: {path} (run with KB_UPDATE_GOLDEN=1)");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}

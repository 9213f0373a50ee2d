using System.Globalization;
using PolicyKB.Core;
using PolicyKB.CorpusGen;

// dotnet run --project tools/PolicyKB.CorpusGen -c Release -- --count 3000 --seed 1 --out /tmp/gen3000 [--format md|txt] [--repo DIR]
var count = 300;
var seed = 1;
string? outDir = null;
var format = "md";
string? repo = null;
for (var i = 0; i < args.Length; i++)
{
    string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    switch (args[i])
    {
        case "--count": count = int.Parse(Value(), CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(Value(), CultureInfo.InvariantCulture); break;
        case "--out": outDir = Value(); break;
        case "--format": format = Value(); break;
        case "--repo": repo = Value(); break;
        case "-h" or "--help":
            Console.WriteLine("PolicyKB.CorpusGen --count N [--seed S] --out DIR [--format md|txt] [--repo DIR]");
            Console.WriteLine("  md: canonical plans for `kb index --corpus DIR`; txt: plain-text plans for `kb ingest DIR`.");
            return 0;
        default:
            Console.Error.WriteLine($"unknown argument {args[i]} (see --help)");
            return 1;
    }
}
if (outDir is null || count < 1)
{
    Console.Error.WriteLine("--out DIR and --count N (≥ 1) are required (see --help)");
    return 1;
}

try
{
    var options = new CorpusOptions
    {
        Count = count, Seed = seed, OutDir = Path.GetFullPath(outDir), Format = format,
        RepoRoot = repo ?? CorpusWriter.FindRepoRoot(Directory.GetCurrentDirectory()),
    };
    var stats = CorpusWriter.Write(options);
    Console.WriteLine($"{stats.Plans} plans ({options.Format}) from {stats.Templates} templates in {options.OutDir}: " +
        $"{stats.Characters:N0} characters, {stats.Utf8Bytes:N0} UTF-8 bytes");
    return 0;
}
catch (KbException e)
{
    Console.Error.WriteLine($"CorpusGen: {e.OneLine()}");
    return 2;
}

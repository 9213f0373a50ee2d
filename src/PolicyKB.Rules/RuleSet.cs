using PolicyKB.Core;
using PolicyKB.Rules.Yaml;

namespace PolicyKB.Rules;

/// <summary>All rule files of a rules folder, loaded once, validated completely, immutable.
/// Built like Markdig's pipeline: once per process, then handed to every stage that needs it.</summary>
public sealed class RuleSet
{
    public const string UnitsFile = "units.yaml";
    public const string MetricsFile = "metrics.yaml";
    public const string DepartmentsFile = "departments.yaml";
    public const string PatternsFile = "patterns.yaml";
    public const string OwnersFile = "owners.yaml";
    public const string RegionsFile = "regions.yaml";
    public const string LexiconFile = "lexicon.yaml";

    private RuleSet(UnitTable units, MetricTaxonomy metrics, DepartmentDirectory departments, PatternSet patterns,
        OwnerPatterns owners, RegionCatalog regions, Lexicon lexicon, IReadOnlyList<RuleExample> examples)
    {
        Regions = regions;
        Lexicon = lexicon;
        Units = units;
        Metrics = metrics;
        Departments = departments;
        Patterns = patterns;
        Owners = owners;
        Examples = examples;
    }

    public UnitTable Units { get; }
    public MetricTaxonomy Metrics { get; }
    public DepartmentDirectory Departments { get; }
    public PatternSet Patterns { get; }
    public OwnerPatterns Owners { get; }
    public RegionCatalog Regions { get; }

    /// <summary>Terms the search segmenter keeps whole (rules/lexicon.yaml).</summary>
    public Lexicon Lexicon { get; }

    /// <summary>Every example carried by a rule, in file order; the test suite runs each one.</summary>
    public IReadOnlyList<RuleExample> Examples { get; }

    private static RegionCatalog? LoadRegions(string rulesDir, RuleErrors errors) =>
        LoadOwn(rulesDir, RegionsFile, RegionCatalog.Load, errors);

    private static Lexicon? LoadLexicon(string rulesDir, RuleErrors errors) =>
        LoadOwn(rulesDir, LexiconFile, Lexicon.Load, errors);

    // RegionCatalog and Lexicon read and report their own files; gather their error with the rest.
    private static T? LoadOwn<T>(string rulesDir, string file, Func<string, T> load, RuleErrors errors) where T : class
    {
        try
        {
            return load(Path.Combine(rulesDir, file));
        }
        catch (KbException e)
        {
            errors.Add($"{Path.GetFileName(Path.TrimEndingDirectorySeparator(rulesDir))}/{file}", e.Line, e.Message);
            return null;
        }
    }

    /// <summary>Reads and checks every rule file in <paramref name="rulesDir"/>. Throws one KbException
    /// listing every problem (unknown or duplicate keys, unknown units, aliases claimed twice, invalid
    /// regexes), the first line naming file and line.</summary>
    public static RuleSet Load(string rulesDir)
    {
        ArgumentNullException.ThrowIfNull(rulesDir);
        if (!Directory.Exists(rulesDir))
            throw new KbException(Messages.MissingRulesDir(rulesDir));
        var errors = new RuleErrors();
        var examples = new List<RuleExample>();
        var unitsFile = RuleFile.Read(rulesDir, UnitsFile, errors);
        var units = UnitLoader.Read(unitsFile, examples);
        var metrics = MetricLoader.Read(RuleFile.Read(rulesDir, MetricsFile, errors), unitsFile.Readable ? units : null, examples);
        var departments = DepartmentLoader.Read(RuleFile.Read(rulesDir, DepartmentsFile, errors), examples);
        var patterns = PatternLoader.Read(RuleFile.Read(rulesDir, PatternsFile, errors), examples);
        var owners = OwnerLoader.Read(RuleFile.Read(rulesDir, OwnersFile, errors), examples);
        var regions = LoadRegions(rulesDir, errors);
        var lexicon = LoadLexicon(rulesDir, errors);
        errors.ThrowIfAny();
        return new RuleSet(units, metrics, departments, patterns!, owners!, regions!, lexicon!, examples);
    }
}

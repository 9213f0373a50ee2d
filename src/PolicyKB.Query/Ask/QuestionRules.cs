using PolicyKB.Core;
using PolicyKB.Rules;
using PolicyKB.Rules.Yaml;

namespace PolicyKB.Query.Ask;

/// <summary>How a question is read, from rules/questions.yaml: intent cues, plural cues, the words of a
/// question's frame, generic bodies and how a compare line writes directions. Immutable once loaded.</summary>
public sealed class QuestionRules
{
    public const string FileName = "questions.yaml";

    private static readonly IReadOnlyDictionary<string, Intent> IntentNames = PatternReader.Choices(
        ("owner", Intent.Owner), ("value", Intent.Value), ("deadline", Intent.Deadline), ("list", Intent.List),
        ("compare", Intent.Compare), ("duty", Intent.Duty));

    private QuestionRules() { }

    /// <summary>Intent rules in the order they are tried.</summary>
    public required IReadOnlyList<IntentRule> Intents { get; init; }

    public required IReadOnlyList<string> PluralCues { get; init; }

    public required IReadOnlyList<string> ValueSlots { get; init; }

    public required IReadOnlyList<string> HigherCues { get; init; }

    public required IReadOnlyList<string> LowerCues { get; init; }

    /// <summary>Frame words dropped before matching, longest first.</summary>
    public required IReadOnlyList<string> Fillers { get; init; }

    /// <summary>Words dropped from the topic when they stand alone, besides the lexicon's stopwords.</summary>
    public required IReadOnlySet<string> Stopwords { get; init; }

    public required IReadOnlySet<string> GenericBodies { get; init; }

    public required IReadOnlyDictionary<Direction, string> DirectionWords { get; init; }

    /// <summary>Cues that an owner question asks for every unit named (责任单位有哪些).</summary>
    public required IReadOnlyList<string> AllOwnerCues { get; init; }

    /// <summary>Cues that an owner question asks for the cooperating units (配合单位).</summary>
    public required IReadOnlyList<string> CooperatingCues { get; init; }

    /// <summary>Every example question with the intent it must get, for the test suite.</summary>
    public IEnumerable<(string Question, Intent Intent, string Source)> Examples =>
        Intents.SelectMany(rule => rule.Examples.Select(e => (e.Question, rule.Intent, $"{FileName}:{e.Line}")));

    /// <summary>Reads DIR/questions.yaml; every problem is reported at once, each with its line.</summary>
    public static QuestionRules Load(string rulesDir)
    {
        ArgumentNullException.ThrowIfNull(rulesDir);
        var errors = new RuleErrors();
        var rules = Read(RuleFile.Read(rulesDir, FileName, errors));
        errors.ThrowIfAny();
        return rules!;
    }

    /// <summary>Parses questions YAML given as text; <paramref name="name"/> names it in errors.</summary>
    public static QuestionRules Parse(string yaml, string name)
    {
        var errors = new RuleErrors();
        var rules = Read(RuleFile.Parse(name, yaml, errors));
        errors.ThrowIfAny();
        return rules!;
    }

    private static QuestionRules? Read(RuleFile file)
    {
        var root = PatternReader.Root(file);
        if (root is null)
            return null;
        var intents = new List<IntentRule>();
        foreach (var item in file.Items(root.Node("intents"), "intents"))
        {
            var intent = item.Choice("intent", IntentNames, required: true);
            var cues = item.Texts("cues", required: true).Select(t => TextFold.ForMatch(t.Value))
                .OrderByDescending(c => c.Length).ToArray();
            var minRegions = item.Integer("min_regions") ?? 0;
            var examples = item.Texts("examples").Select(t => new IntentExample(t.Value, t.Line)).ToArray();
            item.RejectUnknownKeys();
            if (intent is { } i)
                intents.Add(new IntentRule(i, cues, minRegions, examples));
        }
        var directions = new Dictionary<Direction, string>();
        if (root.Node("direction_words") is { } node && RuleNode.From(file, node, "direction_words") is { } words)
        {
            foreach (var (name, direction) in PatternLoader.DirectionNames)
                directions[direction] = words.Text(name) ?? "";
            words.RejectUnknownKeys();
        }
        IReadOnlyList<string> allOwners = [], cooperating = [];
        if (root.Node("owner_roles") is { } rolesNode && RuleNode.From(file, rolesNode, "owner_roles") is { } roles)
        {
            allOwners = Folded(roles, "all");
            cooperating = Folded(roles, "cooperating");
            roles.RejectUnknownKeys();
        }
        var rules = new QuestionRules
        {
            Intents = intents,
            PluralCues = Folded(root, "plural"),
            ValueSlots = Folded(root, "value_slots"),
            HigherCues = Folded(root, "higher"),
            LowerCues = Folded(root, "lower"),
            Fillers = Folded(root, "fillers"),
            Stopwords = Folded(root, "stopwords").ToHashSet(StringComparer.Ordinal),
            GenericBodies = Folded(root, "generic_bodies").ToHashSet(StringComparer.Ordinal),
            DirectionWords = directions,
            AllOwnerCues = allOwners,
            CooperatingCues = cooperating,
        };
        root.RejectUnknownKeys();
        return rules;
    }

    private static IReadOnlyList<string> Folded(RuleNode root, string section) =>
        PatternReader.Words(root, section).Select(TextFold.ForMatch).ToArray();
}

/// <summary>Cues that mark an intent; with <see cref="MinRegions"/> the rule applies only to questions
/// naming at least that many regions.</summary>
public sealed record IntentRule(Intent Intent, IReadOnlyList<string> Cues, int MinRegions, IReadOnlyList<IntentExample> Examples);

/// <summary>A question the rule must classify as its intent, with its line in questions.yaml.</summary>
public sealed record IntentExample(string Question, int Line);

/// <summary>What a question asks for. <see cref="Passage"/>: none of the shapes the structured store
/// answers; the full-text index does.</summary>
public enum Intent { Owner, Value, Deadline, List, Compare, Duty, Passage }

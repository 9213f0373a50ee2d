using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace PolicyKB.Rules.Yaml;

/// <summary>Shared pieces of patterns.yaml and owners.yaml: a root mapping of named sections, regexes
/// checked on load, word lists.</summary>
internal static class PatternReader
{

    public static RuleNode? Root(RuleFile file) =>
        file.Root is null ? null : RuleNode.From(file, file.Root, file.Name);

    public static Regex? Regex(RuleNode item, string key, bool required, params string[] groups) =>
        Regex(item, key, required, RegexOptions.None, groups);

    public static Regex? Regex(RuleNode item, string key, bool required, RegexOptions options, params string[] groups)
    {
        var pattern = item.Text(key, required);
        if (pattern is null)
            return null;
        Regex regex;
        try
        {
            // No match timeout: arming one costs more than the short matches themselves (measured: a tenth of
            // extraction time). The patterns run on one sentence or paragraph at a time.
            regex = new Regex(pattern, RegexOptions.CultureInvariant | options);
        }
        catch (ArgumentException e)
        {
            item.File.Error(item.Node(key)!, Messages.BadRegex(pattern, e.Message));
            return null;
        }
        if (groups.Length > 0 && !groups.Any(g => regex.GetGroupNumbers().Any(n => regex.GroupNameFromNumber(n) == g)))
        {
            item.File.Error(item.Node(key)!, Messages.RegexNeedsGroup(pattern, string.Join(" 或 ", groups)));
            return null;
        }
        return regex;
    }

    /// <summary>A section that is a list of {regex, examples?}.</summary>
    public static IReadOnlyList<Regex> Regexes(RuleNode root, string section, List<RuleExample> examples, params string[] groups)
    {
        var list = new List<Regex>();
        foreach (var item in root.File.Items(root.Node(section), section))
        {
            var regex = Regex(item, "regex", required: true, groups);
            ExampleReader.Read(item, examples);
            item.RejectUnknownKeys();
            if (regex is not null)
                list.Add(regex);
        }
        return list;
    }

    /// <summary>A section that is a plain list of words.</summary>
    public static IReadOnlyList<string> Words(RuleNode root, string section) =>
        root.Texts(section).Select(t => t.Value).OrderByDescending(w => w.Length).ToArray();

    public static readonly IReadOnlyDictionary<string, bool> Booleans = Choices(("true", true), ("false", false));

    public static IReadOnlyDictionary<string, T> Choices<T>(params (string Name, T Value)[] choices) =>
        choices.ToDictionary(c => c.Name, c => c.Value, StringComparer.Ordinal);

    public static bool IsList(YamlNode? node) => node is YamlSequenceNode;
}

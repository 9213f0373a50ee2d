using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PolicyKB.Rules.Yaml;

/// <summary>One rule file read as a YAML node tree: nodes keep their line, so every later check
/// (unknown unit, alias claimed twice) can name file and line.</summary>
internal sealed class RuleFile
{
    private readonly RuleErrors _errors;

    private RuleFile(string name, YamlNode? root, RuleErrors errors, bool readable = true)
    {
        Name = name;
        Root = root;
        _errors = errors;
        Readable = readable;
    }

    /// <summary>False when the file is missing or is not YAML (that error is recorded): checks of other files
    /// against it would only repeat that error.</summary>
    public bool Readable { get; }

    /// <summary>As errors print it: the rules folder's name and the file, e.g. rules/units.yaml.</summary>
    public string Name { get; }

    public YamlNode? Root { get; }

    /// <summary>Reads DIR/FILE; a missing or malformed file is recorded and yields a file with no root.</summary>
    public static RuleFile Read(string dir, string fileName, RuleErrors errors)
    {
        var name = $"{Path.GetFileName(Path.TrimEndingDirectorySeparator(dir))}/{fileName}";
        var path = Path.Combine(dir, fileName);
        if (!File.Exists(path))
        {
            errors.Add(name, null, Messages.MissingFile, unreadable: true);
            return new RuleFile(name, null, errors, readable: false);
        }
        return Parse(name, File.ReadAllText(path), errors);
    }

    public static RuleFile Parse(string name, string text, RuleErrors errors)
    {
        YamlStream stream;
        try
        {
            stream = YamlCache.Load(text);
        }
        catch (YamlException e)
        {
            var message = e.Message.StartsWith("Duplicate key ", StringComparison.Ordinal)
                ? Messages.DuplicateKey(e.Message["Duplicate key ".Length..])
                : Messages.YamlSyntax(e.Message);
            errors.Add(name, (int)e.Start.Line, message, unreadable: true);
            return new RuleFile(name, null, errors, readable: false);
        }
        catch (InvalidOperationException e)   // YamlDotNet throws this for some unclosed flow collections
        {
            errors.Add(name, null, Messages.YamlSyntax(e.Message), unreadable: true);
            return new RuleFile(name, null, errors, readable: false);
        }
        var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        return new RuleFile(name, root, errors);
    }

    public void Error(YamlNode node, string message) => _errors.Add(Name, (int)node.Start.Line, message);

    public void Error(int line, string message) => _errors.Add(Name, line, message);

    /// <summary>The items of a top-level list (or of a list under a key), each as a checked mapping.</summary>
    public IEnumerable<RuleNode> Items(YamlNode? node, string what)
    {
        if (node is null)
            yield break;
        if (node is not YamlSequenceNode sequence)
        {
            Error(node, Messages.ExpectedList(what));
            yield break;
        }
        foreach (var child in sequence.Children)
            if (RuleNode.From(this, child, what) is { } item)
                yield return item;
    }
}

using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace PolicyKB.Rules.Yaml;

/// <summary>A mapping in a rule file, read key by key. Every key asked for is remembered, so
/// <see cref="RejectUnknownKeys"/> can report the rest, as Lucene's factories reject "Unknown parameters".</summary>
internal sealed class RuleNode
{
    private readonly YamlMappingNode _map;
    private readonly HashSet<string> _asked = new(StringComparer.Ordinal);

    private RuleNode(RuleFile file, YamlMappingNode map)
    {
        File = file;
        _map = map;
    }

    public RuleFile File { get; }

    public int Line => (int)_map.Start.Line;

    public YamlMappingNode Mapping => _map;

    public static RuleNode? From(RuleFile file, YamlNode node, string what)
    {
        if (node is YamlMappingNode map)
            return new RuleNode(file, map);
        file.Error(node, Messages.ExpectedMapping(what));
        return null;
    }

    public YamlNode? Node(string key)
    {
        _asked.Add(key);
        return _map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    public bool Has(string key) => _map.Children.ContainsKey(new YamlScalarNode(key));

    public string? Text(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
                File.Error(Line, Messages.MissingKey(key));
            return null;
        }
        if (node is not YamlScalarNode { Value: { } value })
        {
            File.Error(node, Messages.ExpectedText(key));
            return null;
        }
        if (required && string.IsNullOrWhiteSpace(value))
        {
            File.Error(node, Messages.EmptyText(key));
            return null;
        }
        return value;
    }

    /// <summary>A scalar or a list of scalars, each with its line.</summary>
    public IReadOnlyList<(string Value, int Line)> Texts(string key, bool required = false)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                if (required)
                    File.Error(Line, Messages.MissingKey(key));
                return [];
            case YamlScalarNode { Value: { } one }:
                return string.IsNullOrWhiteSpace(one) ? [] : [(one, (int)node.Start.Line)];
            case YamlSequenceNode list:
                var values = new List<(string, int)>();
                foreach (var item in list.Children)
                {
                    if (item is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
                        values.Add((text, (int)item.Start.Line));
                    else
                        File.Error(item, Messages.ExpectedText(key));
                }
                return values;
            default:
                File.Error(node, Messages.ExpectedList(key));
                return [];
        }
    }

    public decimal? Number(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null)
            return null;
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            return value;
        File.Error(Node(key)!, Messages.ExpectedNumber(key, text));
        return null;
    }

    public int? Integer(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null)
            return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            return value;
        File.Error(Node(key)!, Messages.ExpectedInteger(key, text));
        return null;
    }

    /// <summary>One of a fixed set of words (direction: decrease …).</summary>
    public T? Choice<T>(string key, IReadOnlyDictionary<string, T> choices, bool required = false) where T : struct
    {
        var text = Text(key, required);
        if (text is null)
            return null;
        if (choices.TryGetValue(text, out var value))
            return value;
        File.Error(Node(key)!, Messages.UnknownChoice(key, text, choices.Keys));
        return null;
    }

    /// <summary>Reports every key that was never asked for. Call after reading all known keys.</summary>
    public void RejectUnknownKeys()
    {
        foreach (var key in _map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? key.ToString();
            if (!_asked.Contains(name))
                File.Error(key, Messages.UnknownKey(name, _asked));
        }
    }
}

using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace PolicyKB.Rules.Yaml;

/// <summary>Reads a rule's <c>examples:</c> list: each item {text, expect}; expect is a mapping of
/// target fields or the word <c>none</c>.</summary>
internal static class ExampleReader
{
    private static readonly Dictionary<string, string> Directions = new()
    {
        ["decrease"] = "decrease", ["increase"] = "increase", ["reach"] = "reach", ["maintain"] = "maintain", ["cap"] = "cap",
    };

    public static void Read(RuleNode rule, List<RuleExample> into)
    {
        foreach (var item in rule.File.Items(rule.Node("examples"), "examples"))
        {
            var text = item.Text("text", required: true);
            var expectNode = item.Node("expect");
            var rejectNode = item.Node("reject");
            item.RejectUnknownKeys();
            if (text is null)
                continue;
            var id = $"{rule.File.Name}:{item.Line}";
            if (expectNode is YamlScalarNode { Value: "none" } && rejectNode is null)
            {
                into.Add(new RuleExample(id, text, null, null));
                continue;
            }
            if (expectNode is null && rejectNode is null)
            {
                rule.File.Error(item.Line, Messages.MissingKey("expect"));
                continue;
            }
            var expect = Fields(rule.File, expectNode, "expect", out var expectOk);
            var reject = Fields(rule.File, rejectNode, "reject", out var rejectOk);
            if (expectOk && rejectOk)
                into.Add(new RuleExample(id, text, expect, reject));
        }
    }

    private static Dictionary<string, string?>? Fields(RuleFile file, YamlNode? node, string key, out bool ok)
    {
        ok = true;
        if (node is null)
            return null;
        if (node is not YamlMappingNode)
        {
            file.Error(node, Messages.ExpectedMapping(key));
            ok = false;
            return null;
        }
        var fields = ReadExpect(RuleNode.From(file, node, key)!);
        ok = fields is not null;
        return fields;
    }

    private static Dictionary<string, string?>? ReadExpect(RuleNode expect)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        var ok = true;
        foreach (var field in RuleExample.Fields)
        {
            if (!expect.Has(field))
            {
                expect.Node(field);
                continue;
            }
            var node = expect.Node(field)!;
            string? value;
            if (node is YamlSequenceNode)
                value = string.Join(RuleExample.ListSeparator, expect.Texts(field).Select(t => t.Value));
            else if (node is YamlScalarNode { Value: var v, Style: var style })
                value = style == YamlDotNet.Core.ScalarStyle.Plain && v is "null" or "~" or "" ? null : v;
            else
            {
                expect.File.Error(node, Messages.ExpectedText(field));
                ok = false;
                continue;
            }
            if (value is not null && !Valid(expect.File, node, field, value))
                ok = false;
            fields[field] = value;
        }
        expect.RejectUnknownKeys();
        return ok ? fields : null;
    }

    private static bool Valid(RuleFile file, YamlNode node, string field, string value)
    {
        switch (field)
        {
            case "value" when !decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _):
                file.Error(node, Messages.ExpectedNumber(field, value));
                return false;
            case "deadline" or "baselineYear" when !int.TryParse(value, CultureInfo.InvariantCulture, out _):
                file.Error(node, Messages.ExpectedInteger(field, value));
                return false;
            case "direction" when !Directions.ContainsKey(value):
                file.Error(node, Messages.UnknownChoice(field, value, Directions.Keys));
                return false;
            default:
                return true;
        }
    }
}

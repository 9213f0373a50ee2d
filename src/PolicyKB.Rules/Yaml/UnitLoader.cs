namespace PolicyKB.Rules.Yaml;

/// <summary>units.yaml: a list of {unit, canonical, scale, aliases?, needs_verb?, per_only?, examples?}.</summary>
internal static class UnitLoader
{
    public static UnitTable Read(RuleFile file, List<RuleExample> examples)
    {
        var units = new List<UnitRule>();
        var names = new NameRegistry();
        foreach (var item in file.Items(file.Root, "units.yaml"))
        {
            var written = item.Text("unit", required: true);
            var canonical = item.Text("canonical", required: true);
            var scale = item.Number("scale", required: true);
            var aliases = item.Texts("aliases");
            var needsVerb = item.Choice("needs_verb", PatternReader.Booleans) ?? false;
            var perOnly = item.Choice("per_only", PatternReader.Booleans) ?? false;
            ExampleReader.Read(item, examples);
            item.RejectUnknownKeys();
            if (written is null || canonical is null || scale is null)
                continue;
            for (var i = -1; i < aliases.Count; i++)
            {
                var (name, line) = i < 0 ? (written, item.Line) : aliases[i];
                if (!names.TryClaim(name, written, line, out var previous))
                    file.Error(line, Messages.UnitTwice(name, file.Name, previous.Line));
            }
            units.Add(new UnitRule(written, canonical, scale.Value, aliases.Select(a => a.Value).ToArray(), item.Line, needsVerb, perOnly));
        }
        return new UnitTable(units);
    }
}

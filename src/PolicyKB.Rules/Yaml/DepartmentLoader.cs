using YamlDotNet.RepresentationModel;

namespace PolicyKB.Rules.Yaml;

/// <summary>departments.yaml: a list of {id, forms: {official name: [aliases]}, sectors?}.</summary>
internal static class DepartmentLoader
{
    public static DepartmentDirectory Read(RuleFile file, List<RuleExample> examples)
    {
        var departments = new List<DepartmentRule>();
        var ids = new NameRegistry();
        var names = new NameRegistry();
        foreach (var item in file.Items(file.Root, "departments.yaml"))
        {
            var id = item.Text("id", required: true);
            var formsNode = item.Node("forms");
            var sectors = item.Texts("sectors");
            ExampleReader.Read(item, examples);
            item.RejectUnknownKeys();
            if (id is null)
                continue;
            if (!ids.TryClaim(id, $"{id}@{item.Line}", item.Line, out var previous))
                file.Error(item.Line, Messages.IdTwice(id, previous.Line));
            var forms = new List<DepartmentForm>();
            if (formsNode is null)
                file.Error(item.Line, Messages.MissingKey("forms"));
            else if (RuleNode.From(file, formsNode, "forms") is { } map)
            {
                foreach (var key in map.Mapping.Children.Keys)
                {
                    var official = (key as YamlScalarNode)?.Value;
                    if (string.IsNullOrWhiteSpace(official))
                    {
                        file.Error(key, Messages.ExpectedText("forms"));
                        continue;
                    }
                    var aliases = map.Texts(official);
                    for (var i = -1; i < aliases.Count; i++)
                    {
                        var (name, line) = i < 0 ? (official, (int)key.Start.Line) : aliases[i];
                        if (!names.TryClaim(MetricTaxonomy.Squeeze(name), id, line, out var owner))
                            file.Error(line, Messages.AliasTwice(name, owner.Owner));
                    }
                    forms.Add(new DepartmentForm(official, aliases.Select(a => a.Value).ToArray()));
                }
            }
            foreach (var (sector, line) in sectors)
                if (!names.TryClaim(MetricTaxonomy.Squeeze(sector), id, line, out var owner))
                    file.Error(line, Messages.AliasTwice(sector, owner.Owner));
            departments.Add(new DepartmentRule(id, forms, sectors.Select(s => s.Value).ToArray(), item.Line));
        }
        return new DepartmentDirectory(departments);
    }
}

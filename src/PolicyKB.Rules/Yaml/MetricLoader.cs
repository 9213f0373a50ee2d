using System.Text.RegularExpressions;

namespace PolicyKB.Rules.Yaml;

/// <summary>metrics.yaml: a list of {id, name, category, unit?, aliases?, examples?}.</summary>
internal static partial class MetricLoader
{
    /// <param name="units">The units a metric may name; null when units.yaml could not be read (its error is
    /// recorded, and unknown units are not reported on top of it).</param>
    public static MetricTaxonomy Read(RuleFile file, UnitTable? units, List<RuleExample> examples)
    {
        var metrics = new List<MetricRule>();
        var ids = new NameRegistry();
        var names = new NameRegistry();
        foreach (var item in file.Items(file.Root, "metrics.yaml"))
        {
            var id = item.Text("id", required: true);
            var name = item.Text("name", required: true);
            var category = item.Text("category", required: true);
            var unit = item.Text("unit");
            var aliases = item.Texts("aliases");
            ExampleReader.Read(item, examples);
            item.RejectUnknownKeys();
            if (id is null || name is null || category is null)
                continue;
            if (!IdPattern().IsMatch(id))
                file.Error(item.Line, Messages.BadId(id));
            else if (!ids.TryClaim(id, $"{id}@{item.Line}", item.Line, out var previous))
                file.Error(item.Line, Messages.IdTwice(id, previous.Line));
            if (!IdPattern().IsMatch(category))
                file.Error(item.Line, Messages.BadId(category));
            if (unit is not null && units is not null && units.Find(unit) is null)
                file.Error(item.Node("unit")!, Messages.UnknownUnit(unit));
            for (var i = -1; i < aliases.Count; i++)
            {
                var (alias, line) = i < 0 ? (name, item.Line) : aliases[i];
                if (!names.TryClaim(MetricTaxonomy.Squeeze(alias), id, line, out var owner))
                    file.Error(line, Messages.AliasTwice(alias, owner.Owner));
            }
            metrics.Add(new MetricRule(id, name, category, unit, aliases.Select(a => a.Value).ToArray(), item.Line));
        }
        return new MetricTaxonomy(metrics);
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex IdPattern();
}

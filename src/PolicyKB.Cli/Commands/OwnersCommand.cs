using System.CommandLine;
using PolicyKB.Query;
using PolicyKB.Query.Targets;
using Spectre.Console;

namespace PolicyKB.Cli.Commands;

/// <summary>`kb owners [--region R] [--unit U] [--json]`: departments per region (aliases merged) with
/// their targets, duty paragraphs and measures. No match: a message (an empty list in JSON) and exit 0.</summary>
internal static class OwnersCommand
{
    // The table shows the first few tasks of a department, each cut short; JSON has them all.
    private const int TableTasks = 4;
    private const int TableTaskChars = 40;

    public static Command Create()
    {
        var region = new Option<string?>("--region") { Description = "只看此地区（全称或简称，如：柳州）" };
        var unit = new Option<string?>("--unit") { Description = "只看此部门（名称或简称，如：发改委、交通运输局）" };
        var json = new Option<bool>("--json") { Description = "输出 JSON：{owners: [...]}" };

        var command = new Command("owners", Messages.OwnersDescription) { region, unit, json };
        command.SetAction(parse => KbApp.Guard(parse, context =>
        {
            using var kb = context.OpenKnowledgeBase();
            kb.EnsureBuilt(context.Error.WriteLine);
            var list = kb.Owners(new OwnerFilter(parse.GetValue(region), parse.GetValue(unit)));
            if (parse.GetValue(json))
                Json.Write(context.Out, list);
            else if (list.Owners.Count == 0)
                context.Out.WriteLine(Messages.NoOwners);
            else
                Table(context.Out, list.Owners);
            return 0;
        }));
        return command;
    }

    private static void Table(TextWriter output, IReadOnlyList<OwnerGroup> owners)
    {
        var console = TableConsole.Create(output);
        foreach (var region in owners.GroupBy(o => o.Region))
        {
            output.WriteLine(Messages.RegionHeader(TargetsCommand.Region(region.Key), Levels.Display(region.First().Level)));
            var table = new Table().Border(TableBorder.Simple).Expand();
            foreach (var column in Messages.OwnerColumns)
                table.AddColumn(column);
            foreach (var owner in region)
            {
                var names = owner.Names.Where(n => n != owner.Department).ToList();
                var tasks = owner.Tasks.Take(TableTasks).Select(t => "·" + Cut(t.Role ?? t.Text)).ToList();
                if (owner.Tasks.Count > TableTasks)
                    tasks.Add(Messages.MoreTasks(owner.Tasks.Count - TableTasks));
                table.AddRow(
                    new Text(names.Count == 0 ? owner.Department : $"{owner.Department}\n（{string.Join("、", names)}）"),
                    new Text(owner.Targets.Count == 0 ? "—"
                        : string.Join("\n", owner.Targets.Select(t => Messages.OwnerTarget(t.Metric, t.Text, t.Deadline)))),
                    new Text(tasks.Count == 0 ? "—" : string.Join("\n", tasks)));
            }
            console.Write(table);
            output.WriteLine();
        }
        output.WriteLine(Messages.OwnerCount(owners.Count));
    }

    private static string Cut(string text) => text.Length <= TableTaskChars ? text : text[..TableTaskChars] + "…";
}

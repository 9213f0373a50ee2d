using System.CommandLine;
using System.Globalization;
using CsvHelper;
using PolicyKB.Query;
using PolicyKB.Query.Targets;
using Spectre.Console;

namespace PolicyKB.Cli.Commands;

/// <summary>`kb targets [--region R] [--metric M] [--year Y] [--format table|csv|json|md] [--json]`: targets
/// across regions, comparable by metric id, each with its source sentence. No match is not an error: a
/// message (or an empty list in JSON, a header alone in CSV) and exit 0.</summary>
internal static class TargetsCommand
{
    private static readonly string[] Formats = ["table", "csv", "json", "md"];

    public static Command Create()
    {
        var region = new Option<string?>("--region") { Description = "只看此地区（全称或简称，如：柳州、广西）" };
        var metric = new Option<string?>("--metric") { Description = "指标：编号、名称或别名（如：单位GDP能耗），或指标名中的文字" };
        var year = new Option<int?>("--year") { Description = "期限（目标年份），如：2025" };
        var format = new Option<string>("--format") { Description = "输出格式：table、csv、json 或 md", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(Formats);
        var json = new Option<bool>("--json") { Description = "同 --format json：{targets: [...]}" };

        var command = new Command("targets", Messages.TargetsDescription) { region, metric, year, format, json };
        command.SetAction(parse => KbApp.Guard(parse, context =>
        {
            using var kb = context.OpenKnowledgeBase();
            kb.EnsureBuilt(context.Error.WriteLine);
            var list = kb.Targets(new TargetFilter(parse.GetValue(region), parse.GetValue(metric), parse.GetValue(year)));
            switch (parse.GetValue(json) ? "json" : parse.GetValue(format))
            {
                case "json":
                    Json.Write(context.Out, list);
                    break;
                case "csv":
                    Csv(context.Out, list.Targets);
                    if (list.Targets.Count == 0)
                        context.Error.WriteLine(Messages.NoTargets);
                    break;
                case "md" when list.Targets.Count > 0:
                    Markdown(context.Out, list.Targets);
                    break;
                default:
                    if (list.Targets.Count == 0)
                        context.Out.WriteLine(Messages.NoTargets);
                    else
                        Table(context.Out, list.Targets);
                    break;
            }
            return 0;
        }));
        return command;
    }

    /// <summary>The lead units of a target, co-owners marked (柳州市发展和改革委员会；配合：…); — for none.</summary>
    internal static string Owners(TargetRow t)
    {
        var lead = string.Join("、", t.Owners);
        var co = t.CoOwners.Count == 0 ? "" : $"{Messages.CoOwnerLabel}：{string.Join("、", t.CoOwners)}";
        var text = string.Join("；", new[] { lead, co }.Where(s => s.Length > 0));
        return text.Length == 0 ? "—" : text;
    }

    internal static string Region(string? region) => string.IsNullOrEmpty(region) ? Messages.UnknownRegionName : region;

    private static string Year(int? year) => year?.ToString(CultureInfo.InvariantCulture) ?? "—";

    // Sources (with the metric id) are numbered in the table and quoted whole below it: a sentence or an
    // id squeezed into a column of an 80-wide table would be cut into unreadable pieces.
    private static void Table(TextWriter output, IReadOnlyList<TargetRow> targets)
    {
        var table = new Table().Border(TableBorder.Simple).Expand();
        table.AddColumn("地区 · 层级");
        table.AddColumn("指标");
        table.AddColumn("目标");
        table.AddColumn(new TableColumn("基准年").NoWrap());
        table.AddColumn(new TableColumn("期限").NoWrap());
        table.AddColumn("牵头单位");
        table.AddColumn(new TableColumn("来源").NoWrap().RightAligned());
        for (var i = 0; i < targets.Count; i++)
        {
            var t = targets[i];
            table.AddRow(
                new Text($"{Region(t.Region)}\n{Levels.Display(t.Level) ?? "—"}"),
                new Text(t.Metric),
                new Text(t.Text), new Text(Year(t.BaselineYear)), new Text(Year(t.Deadline)),
                new Text(Owners(t)), new Text($"[{i + 1}]"));
        }
        TableConsole.Create(output).Write(table);
        output.WriteLine(Messages.TargetCount(targets.Count));
        output.WriteLine();
        for (var i = 0; i < targets.Count; i++)
        {
            var t = targets[i];
            output.WriteLine($"  [{i + 1}] {(t.MetricId is null ? "" : t.MetricId + " · ")}{Messages.Source(t.Title, t.Section)}");
            output.WriteLine($"      {Messages.Quote(t.Evidence)}");
        }
    }

    private static void Csv(TextWriter output, IReadOnlyList<TargetRow> targets)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in Messages.TargetCsvColumns)
            csv.WriteField(column);
        csv.NextRecord();
        foreach (var t in targets)
        {
            foreach (var field in new[]
            {
                Region(t.Region), Levels.Display(t.Level) ?? "", t.Metric, t.MetricId ?? "", t.Text,
                t.Value.ToString(CultureInfo.InvariantCulture), t.Unit, t.Direction.ToString().ToLowerInvariant(),
                t.Qualifier ?? "", t.BaselineYear?.ToString(CultureInfo.InvariantCulture) ?? "",
                t.Deadline?.ToString(CultureInfo.InvariantCulture) ?? "", string.Join("、", t.Owners), string.Join("、", t.CoOwners),
                t.Title, t.Section, t.Evidence, t.Document,
            })
                csv.WriteField(field);
            csv.NextRecord();
        }
    }

    private static void Markdown(TextWriter output, IReadOnlyList<TargetRow> targets)
    {
        output.WriteLine("| " + string.Join(" | ", Messages.TargetColumns) + " |");
        output.WriteLine("|" + string.Concat(Enumerable.Repeat(" --- |", Messages.TargetColumns.Length)));
        foreach (var t in targets)
        {
            var cells = new[]
            {
                Region(t.Region), Levels.Display(t.Level) ?? "—", t.Metric, t.MetricId ?? "—", t.Text,
                Year(t.BaselineYear), Year(t.Deadline), Owners(t),
                $"{Messages.Source(t.Title, t.Section)}：{Messages.Quote(t.Evidence)}",
            };
            output.WriteLine("| " + string.Join(" | ", cells.Select(MarkdownCell)) + " |");
        }
        output.WriteLine();
        output.WriteLine(Messages.TargetCount(targets.Count));
    }

    /// <summary>A table cell: pipes escaped, line breaks flattened.</summary>
    internal static string MarkdownCell(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Replace('\n', ' ');
}

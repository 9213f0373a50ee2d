using System.CommandLine;
using PolicyKB.Query;
using Spectre.Console;

namespace PolicyKB.Cli.Commands;

/// <summary>kb docs [--json]</summary>
internal static class DocsCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "输出 JSON：{documents: [...]}" };
        var command = new Command("docs", "列出知识库中的方案：地区、级别、日期、文号、版本。") { json };
        command.SetAction(parse => KbApp.Guard(parse, context =>
        {
            using var kb = context.OpenKnowledgeBase();
            kb.EnsureBuilt(context.Error.WriteLine);
            var documents = kb.Documents();
            if (parse.GetValue(json))
            {
                Json.Write(context.Out, new DocumentList(documents));
                return 0;
            }
            var table = new Table().Border(TableBorder.Simple).Expand();
            table.AddColumn("方案");
            table.AddColumn("地区 · 级别");
            table.AddColumn(new TableColumn("日期").NoWrap());
            table.AddColumn("文号");
            table.AddColumn(new TableColumn("版本").NoWrap().RightAligned());
            foreach (var d in documents)
                table.AddRow(
                    new Text(d.Title), new Text($"{d.Region ?? "—"}\n{Levels.Display(d.Level) ?? "—"}"),
                    new Text(d.Date ?? "—"), new Text(d.DocNumber ?? "—"), new Text(d.Version.ToString()));
            TableConsole.Create(context.Out).Write(table);
            context.Out.WriteLine(Messages.DocumentCount(documents.Count));
            return 0;
        }));
        return command;
    }
}

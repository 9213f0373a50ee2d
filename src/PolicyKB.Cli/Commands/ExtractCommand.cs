using System.CommandLine;
using System.Globalization;
using PolicyKB.Core;
using PolicyKB.Extract;
using PolicyKB.Ingest;
using PolicyKB.Rules;
using Spectre.Console;

namespace PolicyKB.Cli.Commands;

/// <summary>`kb extract FILE [--json]`: one plan in, its metadata, targets, measures and duties out.
/// Reads the file with the Ingestor and touches no database.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "方案文件（.txt / .md / .html / .docx）" };
        var json = new Option<bool>("--json") { Description = "输出 JSON（document、targets、measures、duties）" };
        var command = new Command("extract", "抽取一份方案的量化目标、措施和部门职责（不写入知识库）") { file, json };
        command.SetAction(parse => KbApp.Guard(parse, context =>
        {
            var rules = RuleSet.Load(context.RulesDir);
            var document = new Ingestor(rules.Regions).Read(parse.GetRequiredValue(file));
            var extraction = new Extractor(rules).Extract(document);
            if (parse.GetValue(json))
                Json.Write(context.Out, ExtractionJson.From(extraction));
            else
                WriteTable(context.Out, extraction);
            return 0;
        }));
        return command;
    }

    private static void WriteTable(TextWriter output, Extraction extraction)
    {
        var console = TableConsole.Create(output);
        var meta = extraction.Document.Meta;
        console.WriteLine(Messages.ExtractHeader(meta.Title, meta.Region, meta.Date, meta.DocNumber));
        var table = new Spectre.Console.Table().Border(TableBorder.Simple);
        foreach (var column in Messages.ExtractColumns)
            table.AddColumn(column);
        foreach (var t in extraction.Targets)
            table.AddRow(
                Markup.Escape(t.Metric),
                Markup.Escape(Messages.TargetValue(t)),
                t.Deadline?.ToString(CultureInfo.InvariantCulture) ?? "—",
                Markup.Escape(Messages.TargetOwners(t)));
        console.Write(table);
        console.WriteLine(Messages.ExtractSummary(extraction.Targets.Count, extraction.Measures.Count, extraction.Duties.Count));
    }
}

using System.CommandLine;
using PolicyKB.Query.Check;

namespace PolicyKB.Cli.Commands;

/// <summary>`kb check FILE [--parent REGION] [--format text|md|json]`: a consistency report on a draft plan,
/// which is read and extracted but never added to the knowledge base. Exit 1 when any finding is an error.</summary>
internal static class CheckCommand
{
    private static readonly string[] Formats = ["text", "md", "json"];

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "草案文件（.txt / .md / .html / .docx）" };
        var parent = new Option<string?>("--parent") { Description = "上级地区（全称或简称，如：广西），代替按地区层级自动查找" };
        var format = new Option<string>("--format") { Description = "输出格式：text、md 或 json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(Formats);

        var command = new Command("check", Description()) { file, parent, format };
        command.SetAction(parse => KbApp.Guard(parse, context =>
        {
            // Validate first: rules, then the draft, then the knowledge base.
            var check = DraftCheck.Load(context.RulesDir);
            using var kb = context.OpenKnowledgeBase();
            var report = check.Run(parse.GetRequiredValue(file), kb, parse.GetValue(parent), context.Error.WriteLine);

            switch (parse.GetValue(format))
            {
                case "json":
                    Json.Write(context.Out, report);
                    break;
                case "md":
                    CheckReportWriter.Markdown(context.Out, report);
                    break;
                default:
                    CheckReportWriter.Text(context.Out, report);
                    break;
            }
            return report.HasErrors ? 1 : 0;
        }));
        return command;
    }

    /// <summary>The command's help: what it does, then each rule in one line.</summary>
    private static string Description() =>
        Messages.CheckDescription + "\n" + string.Join("\n", DraftChecker.AllRules.Select(r =>
            $"  {r.Id,-22} {Messages.SeverityName(r.DefaultSeverity)}  {r.Summary}"));
}

using PolicyKB.Query;
using PolicyKB.Query.Check;
using PolicyKB.Rules;

namespace PolicyKB.Cli.Commands;

/// <summary>Writes a check report for people: the draft, its parents, a one-line verdict, then the
/// findings grouped by severity (errors first), each with the draft's sentence, the other plan's
/// sentence and the suggestion. Plain text for a terminal, Markdown for a review thread.</summary>
internal static class CheckReportWriter
{
    private static readonly Severity[] Order = [Severity.Error, Severity.Warning, Severity.Info];

    public static void Text(TextWriter output, CheckReport report)
    {
        output.WriteLine(report.Document.Title);
        output.WriteLine(Messages.CheckHeader(report.Document.Region, Levels.Display(report.Document.Level), Parents(report)));
        output.WriteLine(Verdict(report));
        foreach (var severity in Order)
        {
            var findings = report.Findings.Where(f => f.Severity == severity).ToList();
            if (findings.Count == 0)
                continue;
            output.WriteLine();
            output.WriteLine($"{Messages.SeverityName(severity)}（{findings.Count}）");
            foreach (var f in findings)
            {
                output.WriteLine($"  [{f.Rule}] {f.Message}");
                output.WriteLine($"    {Messages.DraftLabel}：{Where(f.Draft.Section)}{f.Draft.Text}");
                if (f.Other is { } other)
                    output.WriteLine($"    {Messages.OtherLabel}：《{other.Document}》{Where(other.Section)}{other.Text}");
                output.WriteLine($"    {Messages.SuggestionLabel}：{f.Suggestion}");
            }
        }
    }

    public static void Markdown(TextWriter output, CheckReport report)
    {
        output.WriteLine($"# {Messages.CheckTitle}：{report.Document.Title}");
        output.WriteLine();
        output.WriteLine(Messages.CheckHeader(report.Document.Region, Levels.Display(report.Document.Level), Parents(report)));
        output.WriteLine();
        output.WriteLine($"**{Verdict(report)}**");
        foreach (var severity in Order)
        {
            var findings = report.Findings.Where(f => f.Severity == severity).ToList();
            if (findings.Count == 0)
                continue;
            output.WriteLine();
            output.WriteLine($"## {Messages.SeverityName(severity)}（{findings.Count}）");
            output.WriteLine();
            foreach (var f in findings)
            {
                output.WriteLine($"- `{f.Rule}` {f.Message}");
                output.WriteLine($"  - {Messages.DraftLabel}（{Section(f.Draft.Section)}）：");
                output.WriteLine($"    > {f.Draft.Text}");
                if (f.Other is { } other)
                {
                    output.WriteLine($"  - {Messages.OtherLabel}（《{other.Document}》{Section(other.Section)}）：");
                    output.WriteLine($"    > {other.Text}");
                }
                output.WriteLine($"  - {Messages.SuggestionLabel}：{f.Suggestion}");
            }
        }
    }

    private static string Verdict(CheckReport report) => Messages.CheckVerdict(
        report.Findings.Count(f => f.Severity == Severity.Error),
        report.Findings.Count(f => f.Severity == Severity.Warning),
        report.Findings.Count(f => f.Severity == Severity.Info));

    private static string Parents(CheckReport report) =>
        report.Parents.Count == 0 ? Messages.NoParents : string.Join("；", report.Parents.Select(p => $"《{p.Title}》"));

    private static string Where(string section) => section.Length == 0 ? "" : $"〔{section}〕";

    private static string Section(string section) => section.Length == 0 ? Messages.Preamble : section;
}

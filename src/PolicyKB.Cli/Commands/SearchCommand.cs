using System.CommandLine;
using System.Text;
using PolicyKB.Query;
using PolicyKB.Store;
using Spectre.Console;

namespace PolicyKB.Cli.Commands;

/// <summary>kb search QUERY... [--region R] [--level L] [--year Y] [--limit N] [--json]</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var words = new Argument<string[]>("query")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "检索词；多个词须同时出现（如：新能源 公交）",
        };
        var region = new Option<string?>("--region") { Description = "只检索该地区的方案，可用简称（如：柳州、广西）" };
        var level = new Option<string?>("--level") { Description = "只检索该级别的方案：province 省级、city 市级、county 县级 …" };
        var limit = new Option<int>("--limit") { Description = "最多显示的段落数", DefaultValueFactory = _ => 10 };
        limit.Validators.Add(result =>
        {
            // A value that is not a number is reported by the parser itself.
            if (result.Tokens is [var token] && int.TryParse(token.Value, out var n) && n is < 1 or > 1000)
                result.AddError(Messages.LimitRange);
        });
        var year = new Option<int?>("--year") { Description = "只检索该年份有效的方案（期限覆盖该年；无期限的按发文年份不晚于该年）" };
        var json = new Option<bool>("--json") { Description = "输出 JSON：{query, results: [...]}" };

        var command = new Command("search", "全文检索：按相关度（BM25）列出段落，标出命中词、文件与章节。没有结果时退出码仍为 0。")
        {
            words, region, level, year, limit, json,
        };
        command.SetAction(parse => KbApp.Guard(parse, context =>
        {
            var query = string.Join(' ', parse.GetValue(words) ?? []);
            using var kb = context.OpenKnowledgeBase();
            kb.EnsureBuilt(context.Error.WriteLine);
            var hits = kb.Search(query, parse.GetValue(region), parse.GetValue(level), parse.GetValue(limit), parse.GetValue(year));
            if (parse.GetValue(json))
                Json.Write(context.Out, SearchResponse.From(query, hits));
            else if (hits.Count == 0)
                context.Out.WriteLine(Messages.NoHits(query));
            else
                WriteTable(context.Out, hits);
            return 0;
        }));
        return command;
    }

    private static void WriteTable(TextWriter writer, IReadOnlyList<SearchHit> hits)
    {
        var console = TableConsole.Create(writer);
        var colour = TableConsole.HasColour(console);
        var table = new Table().Border(TableBorder.Simple).Expand();
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn(new TableColumn("地区").NoWrap());
        table.AddColumn(new TableColumn("文件 · 章节").Width(26));
        table.AddColumn(new TableColumn("段落"));
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            var where = Markup.Escape(hit.Title) + (hit.SectionPath.Length > 0 ? "\n" + Styled(hit.SectionPath, "dim", colour) : "");
            table.AddRow(new Text((i + 1).ToString()), new Text(hit.Region ?? "—"), new Markup(where), new Markup(Marked(Snippet.Of(hit), colour)));
        }
        console.Write(table);
    }

    // Hits in colour on a terminal, between 【】 in plain text.
    private static string Marked(Snippet snippet, bool colour)
    {
        var markup = new StringBuilder();
        var at = 0;
        foreach (var h in snippet.Highlights)
        {
            markup.Append(Markup.Escape(snippet.Text[at..h.Start]));
            var hit = snippet.Text.Substring(h.Start, h.Length);
            markup.Append(colour ? $"[bold yellow]{Markup.Escape(hit)}[/]" : $"【{Markup.Escape(hit)}】");
            at = h.Start + h.Length;
        }
        return markup.Append(Markup.Escape(snippet.Text[at..])).ToString();
    }

    private static string Styled(string text, string style, bool colour) =>
        colour ? $"[{style}]{Markup.Escape(text)}[/]" : Markup.Escape(text);
}

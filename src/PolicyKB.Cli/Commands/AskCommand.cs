using System.CommandLine;
using PolicyKB.Query.Ask;

namespace PolicyKB.Cli.Commands;

/// <summary>`kb ask [QUESTION] [--json]`: answers a question in Chinese with its evidence; with no
/// question, an interactive session (one question per line, Ctrl-D to leave).</summary>
/// <remarks>Exit status: 0 answered; 3 the knowledge base holds no answer (the closest passages are
/// shown, and --json says "found": false); 2 bad input (rules, database); 1 usage error.</remarks>
internal static class AskCommand
{
    public const int NotFoundExit = 3;

    public static Command Create()
    {
        var words = new Argument<string[]>("question")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "问题，如：柳州市全市节能工作由哪个部门牵头？（不给问题则进入交互问答）",
        };
        var json = new Option<bool>("--json") { Description = "输出 JSON：{answer, intent, entities, evidence, found, lines}" };
        var command = new Command("ask", Messages.AskDescription) { words, json };
        command.SetAction(parse => KbApp.Guard(parse, context =>
        {
            var question = string.Join(' ', parse.GetValue(words) ?? []).Trim();
            using var session = Open(context);
            var asJson = parse.GetValue(json);
            if (question.Length > 0)
                return Write(context.Out, session.Ask(question), asJson) ? 0 : NotFoundExit;
            var interactive = ReferenceEquals(context.Out, Console.Out) && !Console.IsInputRedirected && !Console.IsOutputRedirected;
            ILineReader input = interactive ? new ConsoleLineEditor() : new TextLineReader(Console.In);
            new AskSession(input, context.Out, interactive, q => Write(context.Out, session.Ask(q), asJson)).Run();
            return 0;
        }));
        return command;
    }

    /// <summary>Opens the knowledge base (building it from the bundled corpus on first use) and an asker.</summary>
    private static KbAsker Open(KbContext context)
    {
        using (var kb = context.OpenKnowledgeBase())
            kb.EnsureBuilt(context.Error.WriteLine);
        return KbAsker.Open(context.DbPath, context.RulesDir);
    }

    /// <summary>Writes an answer with every kind of value as JSON, to nowhere: the first answer a process writes
    /// costs ~10 ms more than the next (the serializer's converters and their code are made ready on first use),
    /// which a cold `kb ask --json` spends on its idle core while the question is answered.</summary>
    internal static void WarmUpJson() => Json.Write(TextWriter.Null, new AskResult(
        "14.5%", Intent.Value,
        new AskEntities(["柳州市"], "单位地区生产总值能源消耗", ["energy_intensity"], "市发展改革委", ["development_reform"],
            [2025], 2020, ["14.5%"], ["节能"]),
        [new AskEvidence("liuzhou", "柳州市碳达峰实施方案", "一、总体要求", "下降14.5%")], true, ["14.5%"]));

    /// <summary>Prints a result; returns whether it was found.</summary>
    internal static bool Write(TextWriter output, AskResult result, bool asJson)
    {
        if (asJson)
        {
            Json.Write(output, result);
            return result.Found;
        }
        foreach (var line in result.Lines)
            output.WriteLine(line);
        if (result.Evidence.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(result.Found ? Messages.AskEvidence : Messages.AskClosest);
            for (var i = 0; i < result.Evidence.Count; i++)
            {
                var e = result.Evidence[i];
                output.WriteLine($"  [{i + 1}] {e.Title}{(e.Section.Length > 0 ? " · " + e.Section : "")}");
                output.WriteLine($"      “{e.Text}”");
            }
        }
        return result.Found;
    }
}

namespace PolicyKB.Cli.Commands;

/// <summary>An interactive ask session: reads one question per line until end of input (Ctrl-D) or
/// :q, answers each, and keeps the questions asked (:history lists them; on a terminal the arrow keys
/// recall them). Reads redirected input the same way, without prompts.</summary>
internal sealed class AskSession(ILineReader input, TextWriter output, bool interactive, Func<string, bool> answer)
{
    private static readonly string[] QuitWords = [":q", ":quit", ":exit", "exit", "quit", "退出"];
    private static readonly string[] HistoryWords = [":history", ":h", "历史"];

    private readonly List<string> _history = [];

    public IReadOnlyList<string> History => _history;

    public void Run()
    {
        if (interactive)
            output.WriteLine(Messages.AskBanner);
        while (input.ReadLine(interactive ? Messages.AskPrompt : "", _history) is { } line)
        {
            var question = line.Trim();
            if (question.Length == 0)
                continue;
            if (QuitWords.Contains(question, StringComparer.OrdinalIgnoreCase))
                break;
            if (HistoryWords.Contains(question, StringComparer.OrdinalIgnoreCase))
            {
                for (var i = 0; i < _history.Count; i++)
                    output.WriteLine($"{i + 1,3}  {_history[i]}");
                continue;
            }
            _history.Add(question);
            answer(question);
            output.WriteLine();
        }
    }
}

/// <summary>Where a session's lines come from.</summary>
internal interface ILineReader
{
    /// <summary>The next line, or null at end of input. <paramref name="history"/> is what was asked so far.</summary>
    string? ReadLine(string prompt, IReadOnlyList<string> history);
}

/// <summary>Lines from a redirected input (a pipe or a file): no prompt, no editing.</summary>
internal sealed class TextLineReader(TextReader reader) : ILineReader
{
    public string? ReadLine(string prompt, IReadOnlyList<string> history) => reader.ReadLine();
}

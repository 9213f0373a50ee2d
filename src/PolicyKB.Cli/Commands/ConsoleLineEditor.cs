using System.Text;

namespace PolicyKB.Cli.Commands;

/// <summary>Reads a line on a terminal with editing (←/→, Home/End, Backspace/Delete) and the session's
/// history (↑/↓). Ctrl-D on an empty line ends the session. Chinese characters take two columns, so the
/// cursor is placed by display width, not by character count.</summary>
internal sealed class ConsoleLineEditor : ILineReader
{
    public string? ReadLine(string prompt, IReadOnlyList<string> history)
    {
        Console.Write(prompt);
        var buffer = new StringBuilder();
        var cursor = 0;
        var recalled = history.Count;
        while (true)
        {
            ConsoleKeyInfo key;
            try
            {
                key = Console.ReadKey(intercept: true);
            }
            catch (InvalidOperationException)
            {
                return null;   // the terminal went away
            }
            var control = (key.Modifiers & ConsoleModifiers.Control) != 0;
            switch (key.Key)
            {
                case ConsoleKey.Enter:
                    Console.WriteLine();
                    return buffer.ToString();
                case ConsoleKey.D when control || key.KeyChar == '\u0004':
                    if (buffer.Length == 0)
                    {
                        Console.WriteLine();
                        return null;
                    }
                    continue;
                case ConsoleKey.Backspace when cursor > 0:
                    buffer.Remove(--cursor, 1);
                    break;
                case ConsoleKey.Delete when cursor < buffer.Length:
                    buffer.Remove(cursor, 1);
                    break;
                case ConsoleKey.LeftArrow when cursor > 0:
                    cursor--;
                    break;
                case ConsoleKey.RightArrow when cursor < buffer.Length:
                    cursor++;
                    break;
                case ConsoleKey.Home:
                    cursor = 0;
                    break;
                case ConsoleKey.End:
                    cursor = buffer.Length;
                    break;
                case ConsoleKey.UpArrow when recalled > 0:
                    Recall(history[--recalled]);
                    break;
                case ConsoleKey.DownArrow when recalled < history.Count:
                    recalled++;
                    Recall(recalled < history.Count ? history[recalled] : "");
                    break;
                default:
                    if (key.KeyChar == '\u0004' && buffer.Length == 0)
                    {
                        Console.WriteLine();
                        return null;
                    }
                    if (char.IsControl(key.KeyChar))
                        continue;
                    buffer.Insert(cursor++, key.KeyChar);
                    break;
            }
            Redraw(prompt, buffer, cursor);
        }

        void Recall(string line)
        {
            buffer.Clear().Append(line);
            cursor = buffer.Length;
        }
    }

    // Rewrite the whole line, clear what is left of the old one, then step back to the cursor.
    private static void Redraw(string prompt, StringBuilder buffer, int cursor)
    {
        var text = buffer.ToString();
        var back = Width(text.AsSpan(cursor));
        Console.Write($"\r{prompt}{text}\u001b[K{(back > 0 ? $"\u001b[{back}D" : "")}");
    }

    /// <summary>Terminal columns a text takes: East Asian wide and full-width characters take two.</summary>
    internal static int Width(ReadOnlySpan<char> text)
    {
        var width = 0;
        foreach (var c in text)
            width += c switch
            {
                >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3'
                    or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60'
                    or >= '\uFFE0' and <= '\uFFE6' => 2,
                _ => 1,
            };
        return width;
    }
}

namespace PolicyKB.Query.Ask;

/// <summary>Cutting and trimming a plan's text: sentences, clauses, duty texts.</summary>
internal static class PlanText
{
    internal static readonly char[] ClauseBreaks = ['，', '；', ',', ';', '。', '：'];

    internal static IEnumerable<string> Sentences(string text) =>
        SentenceSpans(text).Select(s => text.Substring(s.Start, s.Length));

    // Sentences end after 。！？ or ；(a plan's list items end in ；), trimmed of white space.
    internal static IEnumerable<(int Start, int Length)> SentenceSpans(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('。' or '！' or '？' or '!' or '?' or '；' or ';'))
                continue;
            var end = Math.Min(i + 1, text.Length);
            var from = start;
            while (from < end && char.IsWhiteSpace(text[from]))
                from++;
            var to = end;
            while (to > from && char.IsWhiteSpace(text[to - 1]))
                to--;
            if (to - from > 1)
                yield return (from, to - from);
            start = end;
        }
    }

    internal static string Trim(string text, int max)
    {
        if (text.Length <= max)
            return text;
        var cut = text.LastIndexOf('。', max - 1);
        return cut > max / 2 ? text[..(cut + 1)] : text[..max] + "…";
    }

    // Duties of one body, one after another: 负责…。组织…。
    internal static string JoinSentences(IEnumerable<string> texts) =>
        string.Concat(texts.Select(t => t.Length > 0 && "。；;！？".Contains(t[^1]) ? t : t + "。"));

    // 要统筹控制… → 统筹控制…: the modal verb belongs to the sentence, not to the duty.
    internal static string DutyText(string text)
    {
        var t = text.Trim();
        return t.StartsWith('要') && t.Length > 1 ? t[1..] : t;
    }
}

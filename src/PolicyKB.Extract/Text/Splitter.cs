using System.Buffers;

namespace PolicyKB.Extract.Text;

/// <summary>Cuts text into sentences and clauses, never inside brackets: a bracket such as
/// （牵头单位：市发展改革委；责任单位：…） stays whole.</summary>
internal static class Splitter
{
    // 。！？ end a sentence; ； too: plans chain goals with it (…下降13%；非化石能源消费比重达到30%以上；…),
    // and a deadline opening the first part still governs the rest (see DeadlineResolver).
    private const string SentenceEnds = "。！？!?；;\n";

    // Clause ends: the sentence ends plus ，, and ：: . A comma between digits (1,000) is no clause end.
    private const string ClauseEnds = "，,：:";

    private const string Opening = "（(【[";
    private const string Closing = "）)】]";

    // Every char of a plan is tested against these sets: SearchValues, not string.Contains.
    private static readonly SearchValues<char> OpeningChars = SearchValues.Create(Opening);
    private static readonly SearchValues<char> ClosingChars = SearchValues.Create(Closing);
    private static readonly SearchValues<char> SentenceEndChars = SearchValues.Create(SentenceEnds);
    private static readonly SearchValues<char> ClauseEndChars = SearchValues.Create(SentenceEnds + ClauseEnds);
    private static readonly SearchValues<char> SentenceStops = SearchValues.Create(Opening + Closing + SentenceEnds);
    private static readonly SearchValues<char> ClauseStops = SearchValues.Create(Opening + Closing + SentenceEnds + ClauseEnds);

    public static List<Span> Sentences(string text) => Split(text, new Span(0, text.Length), SentenceEndChars, SentenceStops);

    public static List<Span> Clauses(string text, Span within) => Split(text, within, ClauseEndChars, ClauseStops);

    /// <summary>The first clause of a sentence (the whole sentence when it has one clause).</summary>
    public static Span FirstClause(string text, Span sentence)
    {
        var depth = 0;
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            var c = text[i];
            if (OpeningChars.Contains(c))
                depth++;
            else if (ClosingChars.Contains(c) && depth > 0)
                depth--;
            else if (depth == 0 && ClauseEndChars.Contains(c) && !IsThousandsComma(text, i))
                return new Span(sentence.Start, i + 1);
        }
        return sentence;
    }

    // stops: the brackets and the ends, so the loop jumps from one to the next.
    private static List<Span> Split(string text, Span within, SearchValues<char> ends, SearchValues<char> stops)
    {
        var spans = new List<Span>(8);
        var start = within.Start;
        var depth = 0;
        for (var i = within.Start; i < within.End; i++)
        {
            var skip = text.AsSpan(i, within.End - i).IndexOfAny(stops);
            if (skip < 0)
                break;
            i += skip;
            var c = text[i];
            if (OpeningChars.Contains(c))
                depth++;
            else if (ClosingChars.Contains(c) && depth > 0)
                depth--;
            else if (depth == 0 && ends.Contains(c) && !IsThousandsComma(text, i))
            {
                Add(spans, text, start, i + 1);
                start = i + 1;
            }
        }
        Add(spans, text, start, within.End);
        return spans;
    }

    private static bool IsThousandsComma(string text, int i) =>
        text[i] == ',' && i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]);

    private static void Add(List<Span> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        if (end > start)
            spans.Add(new Span(start, end));
    }
}

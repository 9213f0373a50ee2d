namespace PolicyKB.Query.Check;

/// <summary>Sentences and clauses of a paragraph, cut at Chinese and ASCII punctuation and kept as written.</summary>
internal static class TextPieces
{
    private static readonly char[] SentenceEnds = ['。', '！', '？', '!', '?', '；', ';'];
    private static readonly char[] ClauseEnds = ['，', ',', '：', ':'];

    public static IEnumerable<string> Sentences(string paragraph) => Cut(paragraph, SentenceEnds);

    public static IEnumerable<string> Clauses(string sentence) => Cut(sentence, ClauseEnds);

    private static IEnumerable<string> Cut(string text, char[] ends)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (Array.IndexOf(ends, text[i]) < 0)
                continue;
            if (text[start..(i + 1)].Trim() is { Length: > 1 } piece)
                yield return piece;
            start = i + 1;
        }
        if (start < text.Length && text[start..].Trim() is { Length: > 0 } last)
            yield return last;
    }
}

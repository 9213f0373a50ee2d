namespace PolicyKB.Query.Check;

/// <summary>Sentences and clauses of a paragraph, cut at Chinese and ASCII punctuation and kept as written.
/// Punctuation inside brackets does not cut: （牵头单位：市发展改革委；责任单位：市统计局） stays whole.</summary>
internal static class TextPieces
{
    private static readonly char[] SentenceEnds = ['。', '！', '？', '!', '?', '；', ';'];
    private static readonly char[] ClauseEnds = ['，', ',', '：', ':'];

    public static IEnumerable<string> Sentences(string paragraph) => Cut(paragraph, SentenceEnds);

    public static IEnumerable<string> Clauses(string sentence) => Cut(sentence, ClauseEnds);

    private static IEnumerable<string> Cut(string text, char[] ends)
    {
        var start = 0;
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '（' or '(' => 1, '）' or ')' => depth > 0 ? -1 : 0, _ => 0 };
            if (depth > 0 || Array.IndexOf(ends, text[i]) < 0)
                continue;
            if (text[start..(i + 1)].Trim() is { Length: > 1 } piece)
                yield return piece;
            start = i + 1;
        }
        if (start < text.Length && text[start..].Trim() is { Length: > 0 } last)
            yield return last;
    }
}

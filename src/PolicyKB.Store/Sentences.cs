namespace PolicyKB.Store;

/// <summary>Splits a paragraph into sentences: each ends after 。！？!? (with any closing quotes or
/// brackets that follow), or at the end of the paragraph.</summary>
internal static class Sentences
{
    public static IEnumerable<(int Start, int Length)> Split(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('。' or '！' or '？' or '!' or '?'))
                continue;
            var end = i + 1;
            while (end < text.Length && text[end] is '”' or '’' or '」' or '』' or '）' or ')' or '"')
                end++;
            if (Trimmed(text, start, end) is { } s)
                yield return s;
            start = end;
            i = end - 1;
        }
        if (Trimmed(text, start, text.Length) is { } last)
            yield return last;
    }

    private static (int, int)? Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        return end > start ? (start, end - start) : null;
    }
}

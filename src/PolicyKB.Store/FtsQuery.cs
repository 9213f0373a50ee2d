using System.Text;

namespace PolicyKB.Store;

/// <summary>Turns user words into an FTS5 MATCH expression. User text never becomes FTS5 syntax: every
/// token reaches SQLite inside a double-quoted string (inner quotes doubled), and only tokens made of
/// letters and digits are produced, so AND/OR/NEAR, *, ^, parentheses and column names in the input are
/// just words.</summary>
internal static class FtsQuery
{
    // Cuts into a head and a rest are tried for terms up to this many characters (one phrase each).
    private const int MaxCutLength = 8;

    /// <summary>One user term as the OR of the ways a text can hold it (see <see cref="KbSchema"/>): its
    /// own tokens as a phrase; its characters one by one; every cut of a Han term into a head token and a
    /// token starting with the rest (天然 气* finds 天然|气管); and the lexicon terms containing it (减污 in
    /// 减污降碳). Null when the term has no letters or digits.</summary>
    public static string? Term(Segmenter segmenter, string term) =>
        Phrases(segmenter, term) is { } phrases ? Render(phrases) : null;

    /// <summary>The phrases of <see cref="Term"/>, in the order the expression lists them (bm25 numbers
    /// them in this order); null when the term has no letters or digits.</summary>
    public static IReadOnlyList<FtsPhrase>? Phrases(Segmenter segmenter, string term)
    {
        var folded = segmenter.Fold(term);
        var tokens = segmenter.Tokens(folded).Select(t => folded.Substring(t.Start, t.Length)).ToList();
        if (tokens.Count == 0)
            return null;
        var phrases = new List<FtsPhrase> { new(string.Join(' ', tokens), Prefix: false) };
        var characters = tokens.SelectMany(Characters).ToList();
        if (characters.Count > tokens.Count)
            phrases.Add(new(string.Join(' ', characters), Prefix: false));
        var compact = string.Concat(tokens);
        if (tokens.All(IsHan) && compact.Length <= MaxCutLength)
        {
            phrases.Add(new(compact, Prefix: true));
            for (var cut = 1; cut < compact.Length; cut++)
                if (!char.IsLowSurrogate(compact[cut]))
                    phrases.Add(new(compact[..cut] + " " + compact[cut..], Prefix: true));
        }
        foreach (var containing in segmenter.Lexicon.Terms)
            if (containing.Length > compact.Length && containing.Contains(compact, StringComparison.Ordinal)
                && !containing.StartsWith(compact, StringComparison.Ordinal))
                phrases.Add(new(containing, Prefix: false));
        return phrases.Distinct().ToList();
    }

    /// <summary>Phrases ORed on the index's columns: one term's MATCH expression.</summary>
    public static string Render(IReadOnlyList<FtsPhrase> phrases)
    {
        var group = string.Join(" OR ", phrases.Select(p => Quote(p.Text) + (p.Prefix ? " *" : "")));
        return $"{{{KbSchema.WordsColumn} {KbSchema.HeadingColumn}}} : ({group})";
    }

    /// <summary>The terms joined with AND or OR; null when none has a token.</summary>
    public static string? Combine(IEnumerable<string?> parts, bool all)
    {
        var list = parts.OfType<string>().Distinct().ToList();
        return list.Count == 0 ? null : string.Join(all ? " AND " : " OR ", list.Select(p => $"({p})"));
    }

    public static string Quote(string text) => "\"" + text.Replace("\"", "\"\"") + "\"";

    private static bool IsHan(string token) => HanText.IsHan(HanText.RuneAt(token, 0));

    // A Han token's characters; any other token whole.
    private static IEnumerable<string> Characters(string token)
    {
        if (!IsHan(token))
        {
            yield return token;
            yield break;
        }
        for (var i = 0; i < token.Length; i += HanText.RuneLength(token, i))
            yield return token.Substring(i, HanText.RuneLength(token, i));
    }
}

/// <summary>An FTS5 phrase: tokens separated by spaces; with <see cref="Prefix"/>, its last token matches
/// every token starting with it.</summary>
internal readonly record struct FtsPhrase(string Text, bool Prefix);

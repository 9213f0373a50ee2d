using System.Text;

namespace PolicyKB.Store;

/// <summary>Turns user words into an FTS5 MATCH expression. User text never becomes FTS5 syntax: every
/// token reaches SQLite inside a double-quoted string (inner quotes doubled), and only tokens made of
/// letters and digits are produced, so AND/OR/NEAR, *, ^, parentheses and column names in the input are
/// just words.</summary>
internal static class FtsQuery
{
    /// <summary>One user term as a phrase: on the word column (ICU + lexicon tokens, which ranks proper
    /// word matches higher) OR on the character-pair columns (body and heading, which find every
    /// substring, whatever ICU did). Null when the term has no letters or digits.</summary>
    public static string? Term(Segmenter segmenter, string term)
    {
        var folded = segmenter.Fold(term);
        var words = new StringBuilder();
        segmenter.AppendWords(words, folded);
        var grams = new StringBuilder();
        if (Segmenter.AppendGrams(grams, folded, open: true, out var prefix) == 0)
            return null;
        var gramPhrase = Quote(grams.ToString()) + (prefix ? " *" : "");
        return words.Length == 0
            ? $"{{{KbSchema.GramsColumn} {KbSchema.HeadingColumn}}} : {gramPhrase}"
            : $"({KbSchema.WordsColumn} : {Quote(words.ToString())} OR {{{KbSchema.GramsColumn} {KbSchema.HeadingColumn}}} : {gramPhrase})";
    }

    /// <summary>The terms joined with AND or OR; null when none has a token.</summary>
    public static string? Combine(IEnumerable<string?> parts, bool all)
    {
        var list = parts.OfType<string>().Distinct().ToList();
        return list.Count == 0 ? null : string.Join(all ? " AND " : " OR ", list);
    }

    public static string Quote(string text) => "\"" + text.Replace("\"", "\"\"") + "\"";
}

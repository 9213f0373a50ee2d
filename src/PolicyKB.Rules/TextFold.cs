namespace PolicyKB.Rules;

/// <summary>A length-preserving fold for matching: full-width digits, Latin letters, ％ and ． become
/// ASCII, Traditional characters become Simplified. Offsets in the folded string are offsets in the
/// original, so a match found on the fold quotes the original text (kept as written).</summary>
public static class TextFold
{
    // One slot per UTF-16 code unit: 0 = not computed yet, otherwise the folded char. A char write is
    // atomic, so concurrent readers at worst compute the same value twice.
    private static readonly char[] Map = new char[char.MaxValue + 1];
    // Traditional → Simplified for the ideograph ranges: ICU's "Traditional-Simplified" transliterator
    // applied char by char, kept as a table (TraditionalSimplified.txt, made by `PolicyKB.Bench fold-table`).
    // Creating the transliterator cost a cold `kb search` about 0.3 s; the table loads in under 1 ms.
    private static readonly Lazy<Dictionary<char, char>> Simplified = new(LoadSimplified);

    /// <summary>The folded copy of <paramref name="s"/>, same length, char i folded from char i.</summary>
    public static string ForMatch(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.Length == 0)
            return s;
        return string.Create(s.Length, s, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = Fold(source[i]);
        });
    }

    /// <summary>The folded form of one char (a surrogate half is kept as is).</summary>
    public static char Fold(char c)
    {
        if (c < 0x80)
            return c;
        var mapped = Map[c];
        if (mapped != '\0')
            return mapped;
        mapped = Compute(c);
        Map[c] = mapped;
        return mapped;
    }

    private static char Compute(char c)
    {
        switch (c)
        {
            // Full-width digits ０-９ and Latin letters Ａ-Ｚ ａ-ｚ: the FF00 block mirrors ASCII at +0xFEE0.
            case >= '\uFF10' and <= '\uFF19':
            case >= '\uFF21' and <= '\uFF3A':
            case >= '\uFF41' and <= '\uFF5A':
                return (char)(c - 0xFEE0);
            case '\uFF05': return '%';   // ％
            case '\uFF0E': return '.';   // ． (decimal point in 14．5％)
            case '\uFF0B': return '+';   // ＋
            case '\u3000': return ' ';   // ideographic space
        }
        // CJK Unified Ideographs (4E00-9FFF), Extension A (3400-4DBF) and Compatibility (F900-FAFF):
        // the only ranges where Traditional-Simplified changes anything we match on.
        if (c is (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF'))
            return TraditionalToSimplified(c);
        return c;
    }

    private static char TraditionalToSimplified(char c) => Simplified.Value.GetValueOrDefault(c, c);

    private static Dictionary<char, char> LoadSimplified()
    {
        using var stream = typeof(TextFold).Assembly.GetManifestResourceStream("PolicyKB.Rules.TraditionalSimplified.txt")
            ?? throw new InvalidOperationException("TraditionalSimplified.txt is not embedded in PolicyKB.Rules");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var map = new Dictionary<char, char>(3000);
        while (reader.ReadLine() is { } line)
            if (line.Length == 2 && line[0] != '#')
                map[line[0]] = line[1];
        return map;
    }
}

namespace PolicyKB.Store;

/// <summary>A word found by the <see cref="Segmenter"/>: a span of the text (offsets are the same in the
/// original and the folded text) and whether the lexicon made it.</summary>
public readonly record struct Token(int Start, int Length, bool FromLexicon)
{
    public int End => Start + Length;
}

using Icu;

namespace PolicyKB.Store;

/// <summary>ICU word break ("zh") through icu.net: where <see cref="IcuWordBreak"/> cannot load libicuuc
/// itself, and for the ICU version the index records. Kept apart from <see cref="Segmenter"/> so that a
/// search, which needs neither, never loads icu.net.</summary>
internal static class IcuNetWordBreak
{
    // One iterator per thread, reused: creating one loads the CJK dictionary. Not thread-safe.
    [ThreadStatic] private static BreakIterator? t_iterator;
    private static readonly Lazy<bool> Ready = new(() =>
    {
        Wrapper.Init();
        return true;
    });

    /// <summary>The ICU version icu.net loaded (72.1).</summary>
    public static string Version
    {
        get
        {
            _ = Ready.Value;
            return Wrapper.IcuVersion;
        }
    }

    /// <summary>Appends each segment's end and whether it is a word, as <see cref="IcuWordBreak.Boundaries"/>.</summary>
    public static void Boundaries(string text, List<(int End, bool Word)> segments)
    {
        _ = Ready.Value;
        var iterator = t_iterator ??= BreakIterator.CreateWordInstance(new Locale("zh"));
        iterator.SetText(text);
        iterator.MoveFirst();
        for (var end = iterator.MoveNext(); end != BreakIterator.DONE; end = iterator.MoveNext())
        {
            // Rule status 0 (UBRK_WORD_NONE) marks spaces and punctuation; numbers, letters, kana and
            // ideographs have statuses 100-499.
            segments.Add((end, iterator.GetRuleStatus() != 0));
        }
    }
}

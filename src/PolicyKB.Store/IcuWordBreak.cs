using System.Runtime.InteropServices;

namespace PolicyKB.Store;

/// <summary>ICU word break ("zh") called in libicuuc directly: the same library and iterator icu.net
/// uses, without its per-text cost. icu.net's BreakIterator.SetText walks the whole text at once and
/// allocates a 128-int array and a boundary object per boundary (about 400 bytes per character of
/// Chinese), and its first use reads kb.deps.json to find the library; this reads boundaries and rule
/// statuses as it goes and allocates nothing. Null where libicuuc.so.N cannot be loaded (Windows,
/// macOS): <see cref="Segmenter"/> then uses icu.net.</summary>
/// <remarks>One instance per thread: a UBreakIterator is not thread-safe. It holds the text it was given
/// until the next <see cref="Boundaries"/>, which pins it for the duration of the walk.</remarks>
internal sealed unsafe class IcuWordBreak
{
    private const int WordType = 1;      // UBRK_WORD
    private const int Done = -1;         // UBRK_DONE

    private static readonly Lazy<Api?> Native = new(Api.Load);
    private readonly IntPtr _iterator;

    private IcuWordBreak(IntPtr iterator) => _iterator = iterator;

    /// <summary>A word-break iterator for Chinese, or null when libicuuc cannot be loaded.</summary>
    public static IcuWordBreak? TryCreate()
    {
        if (Native.Value is not { } api)
            return null;
        var status = 0;
        IntPtr iterator;
        fixed (byte* locale = "zh\0"u8)
            iterator = api.Open(WordType, locale, null, 0, &status);
        return status > 0 || iterator == IntPtr.Zero ? null : new IcuWordBreak(iterator);
    }

    /// <summary>Appends the end of each segment after the first boundary (0), with whether its rule status
    /// marks a word (numbers, letters, kana, ideographs: 100-499) rather than spaces or punctuation (0) —
    /// what icu.net's MoveNext/GetRuleStatus give.</summary>
    public void Boundaries(string text, List<(int End, bool Word)> segments)
    {
        var api = Native.Value!;
        fixed (char* chars = text)
        {
            var status = 0;
            api.SetText(_iterator, chars, text.Length, &status);
            if (status > 0)
                throw new InvalidOperationException($"ubrk_setText failed with ICU error {status}");
            api.First(_iterator);
            for (var end = api.Next(_iterator); end != Done; end = api.Next(_iterator))
                segments.Add((end, api.RuleStatus(_iterator) != 0));
            // Leave no pointer into the unpinned string behind.
            api.SetText(_iterator, null, 0, &status);
        }
    }

    private sealed class Api
    {
        public delegate* unmanaged<int, byte*, char*, int, int*, IntPtr> Open;
        public delegate* unmanaged<IntPtr, char*, int, int*, void> SetText;
        public delegate* unmanaged<IntPtr, int> First;
        public delegate* unmanaged<IntPtr, int> Next;
        public delegate* unmanaged<IntPtr, int> RuleStatus;

        // The newest libicuuc.so.N, as icu.net picks it; distributions suffix every symbol with _N. The
        // runtime has usually loaded it already for globalization: then /proc/self/maps names it, and
        // forty failed dlopen calls are saved.
        public static Api? Load()
        {
            if (!OperatingSystem.IsLinux())
                return null;
            var versions = LoadedVersion() is { } loaded ? [loaded] : Enumerable.Range(50, 50).Reverse();
            foreach (var version in versions)
            {
                if (!NativeLibrary.TryLoad($"libicuuc.so.{version}", out var library))
                    continue;
                foreach (var suffix in new[] { $"_{version}", "" })
                {
                    if (!NativeLibrary.TryGetExport(library, "ubrk_open" + suffix, out var open))
                        continue;
                    return new Api
                    {
                        Open = (delegate* unmanaged<int, byte*, char*, int, int*, IntPtr>)open,
                        SetText = (delegate* unmanaged<IntPtr, char*, int, int*, void>)NativeLibrary.GetExport(library, "ubrk_setText" + suffix),
                        First = (delegate* unmanaged<IntPtr, int>)NativeLibrary.GetExport(library, "ubrk_first" + suffix),
                        Next = (delegate* unmanaged<IntPtr, int>)NativeLibrary.GetExport(library, "ubrk_next" + suffix),
                        RuleStatus = (delegate* unmanaged<IntPtr, int>)NativeLibrary.GetExport(library, "ubrk_getRuleStatus" + suffix),
                    };
                }
                return null;
            }
            return null;
        }

        private static int? LoadedVersion()
        {
            try
            {
                int? newest = null;
                foreach (var line in File.ReadLines("/proc/self/maps"))
                {
                    var at = line.IndexOf("/libicuuc.so.", StringComparison.Ordinal);
                    if (at < 0)
                        continue;
                    var digits = line.AsSpan(at + "/libicuuc.so.".Length);
                    var end = 0;
                    while (end < digits.Length && char.IsAsciiDigit(digits[end]))
                        end++;
                    if (end > 0 && int.Parse(digits[..end]) is var version && version > (newest ?? 0))
                        newest = version;
                }
                return newest;
            }
            catch (IOException)
            {
                return null;
            }
        }
    }
}

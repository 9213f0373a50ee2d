using System.Text;
using PolicyKB.Core;

namespace PolicyKB.Ingest.Formats;

/// <summary>Turns a file's bytes into text: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, or GB18030/GBK
/// when the bytes decode to plausible Chinese. Anything else is refused, so mojibake is never indexed.</summary>
internal static class TextDecoder
{
    // Share of Han characters that must fall in GB2312 level 1 (the 3,755 common characters, lead bytes
    // B0-D7) for a GB18030 decoding to be trusted. Chinese prose sits above 0.95; Big5 or Latin-1 bytes
    // read as GBK land mostly outside it.
    private const double MinCommonHanShare = 0.8;
    private const int MinHanForConfidence = 4;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Le = new UnicodeEncoding(false, false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Be = new UnicodeEncoding(true, false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });
    private static readonly Lazy<Encoding> Gb2312 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB2312");
    });

    public static string Decode(byte[] bytes, string file)
    {
        if (bytes.Length == 0)
            throw new KbException(Messages.EmptyFile, file);
        var text = DecodeBytes(bytes, file);
        if (IsBlank(text))
            throw new KbException(Messages.EmptyFile, file);
        if (HasBinaryControls(text))
            throw new KbException(Messages.BinaryFile, file);
        // Form feeds separate PDF pages: a page break is a line break.
        return text.Replace('\f', '\n');
    }

    // Nothing but white space and byte-order marks (checked without copying the text).
    private static bool IsBlank(string text)
    {
        foreach (var c in text)
            if (c != '\uFEFF' && !char.IsWhiteSpace(c))
                return false;
        return true;
    }

    private static string DecodeBytes(byte[] bytes, string file)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
            return Strict(StrictUtf8, bytes.AsSpan(3), file);
        if (bytes is [0xFF, 0xFE, ..])
            return Strict(StrictUtf16Le, bytes.AsSpan(2), file);
        if (bytes is [0xFE, 0xFF, ..])
            return Strict(StrictUtf16Be, bytes.AsSpan(2), file);
        if (bytes.AsSpan().Contains((byte)0))
            throw new KbException(Messages.BinaryFile, file);
        if (TryDecode(StrictUtf8, bytes) is { } utf8)
            return utf8;
        if (TryDecode(Gb18030.Value, bytes) is { } gb && LooksLikeChinese(gb))
            return gb;
        throw new KbException(Messages.NotUtf8, file);
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string file) =>
        TryDecode(encoding, bytes.ToArray()) ?? throw new KbException(Messages.NotUtf8, file);

    private static string? TryDecode(Encoding encoding, byte[] bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Most Han characters are common ones (GB2312 level 1) and nothing is a control character.</summary>
    private static bool LooksLikeChinese(string text)
    {
        var gb2312 = Gb2312.Value;
        int han = 0, common = 0;
        Span<byte> buffer = stackalloc byte[8];
        foreach (var c in text)
        {
            if (c is < '\u4E00' or > '\u9FFF')
                continue;
            han++;
            var n = gb2312.GetBytes([c], buffer);
            if (n == 2 && buffer[0] is >= 0xB0 and <= 0xD7 && buffer[1] >= 0xA1)
                common++;
        }
        return han >= MinHanForConfidence && common >= han * MinCommonHanShare;
    }

    // C0 controls other than tab, line breaks and form feed, and U+FFFD, mean the bytes were not text.
    private static bool HasBinaryControls(string text) =>
        text.AsSpan().IndexOfAnyInRange('\0', '\u0008') >= 0 ||
        text.AsSpan().IndexOfAnyInRange('\u000E', '\u001F') >= 0 ||
        text.Contains('\u000B') || text.Contains('\uFFFD');
}

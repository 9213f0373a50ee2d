using System.IO.Compression;
using System.Text;

namespace PolicyKB.Store;

/// <summary>Text stored compressed (Brotli over UTF-8): a plan's canonical Markdown, kept whole as the
/// source of truth but read only to show or re-read a plan, takes less than half its UTF-8 size.</summary>
internal static class PackedText
{
    // Measured on 300 generated plans: quality 2 compresses them 2.33× at 120 MB/s; quality 5 2.73× at
    // 42 MB/s, which cost an index build 5% of its CPU.
    private const int Quality = 2;
    private const int Window = 22;

    public static byte[] Pack(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        var packed = new byte[BrotliEncoder.GetMaxCompressedLength(utf8.Length)];
        if (!BrotliEncoder.TryCompress(utf8, packed, out var written, Quality, Window))
            throw new InvalidOperationException("Brotli compression failed");
        return packed[..written];
    }

    public static string Unpack(byte[] packed)
    {
        using var input = new MemoryStream(packed, writable: false);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

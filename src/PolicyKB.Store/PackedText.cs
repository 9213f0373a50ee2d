using System.Buffers.Binary;
using System.IO.Compression;

namespace PolicyKB.Store;

/// <summary>Bytes stored Brotli-compressed, after their length (4 bytes, little-endian), so they unpack
/// into one exact buffer.</summary>
internal static class PackedText
{
    // Quality 1 (Brotli's one-pass fast compressor): plans are packed in frames of a few kilobytes (PlanBody),
    // where the slower qualities pay mostly for setting up their hash tables. Measured on such pieces of the
    // bundled plans' UTF-8, 3 KB / 8 KB: quality 1 compresses to 0.58 / 0.52 of the size at ~140 / ~230 MB/s,
    // quality 4 to 0.55 / 0.48 at ~45 / ~62 MB/s. On the 3,000 generated plans quality 4 spent about 2.5 s
    // of an index build's 21 s CPU here and made the database 4 MB (5%) smaller.
    // Quality 1 frames unpack a little slower (8 KB: ~25 against ~18 µs), which a read of a few chunks hardly feels.
    private const int Quality = 1;
    private const int Window = 22;

    public static byte[] Pack(ReadOnlySpan<byte> data)
    {
        var packed = new byte[4 + BrotliEncoder.GetMaxCompressedLength(data.Length)];
        BinaryPrimitives.WriteInt32LittleEndian(packed, data.Length);
        if (!BrotliEncoder.TryCompress(data, packed.AsSpan(4), out var written, Quality, Window))
            throw new InvalidOperationException("Brotli compression failed");
        return packed[..(4 + written)];
    }

    public static byte[] Unpack(byte[] packed) => Unpack(packed.AsSpan());

    public static byte[] Unpack(ReadOnlySpan<byte> packed)
    {
        var data = new byte[BinaryPrimitives.ReadInt32LittleEndian(packed)];
        if (!BrotliDecoder.TryDecompress(packed[4..], data, out var written) || written != data.Length)
            throw new InvalidDataException("damaged compressed value");
        return data;
    }
}

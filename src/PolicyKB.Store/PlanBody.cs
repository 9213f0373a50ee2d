using System.Buffers.Binary;
using System.Text;
using PolicyKB.Core;

namespace PolicyKB.Store;

/// <summary>Everything of one plan that is read a plan at a time, stored as one compressed value
/// (<c>documents.body</c>): its heading tree, its paragraphs and table rows as indexed, its tables as
/// written, and the measures and duties extraction found, each quoting its sentence as a span of a
/// paragraph. Rows of full-text index point into it by paragraph number.</summary>
/// <remarks>A plan is mostly read whole (to show it, to answer about it, to list its measures) and
/// nothing asks for one measure across plans, so one value per plan replaces four tables with a row per
/// section, paragraph, measure and duty: the text is stored once, Brotli-compressed, where a row per
/// paragraph stays in plain UTF-8. The value is a few frames compressed one by one: the outline (headings,
/// and each paragraph's section), the paragraph texts 16 at a time, then tables, measures and duties. A
/// search hit unpacks the outline and its chunk (~0.05 ms) instead of the whole plan (~0.15 ms); on 3,000
/// generated plans the frames take 9% more space than one value did.</remarks>
internal sealed class PlanBody
{
    private const byte FormatVersion = 2;

    // Paragraph texts are packed in chunks of this many, each compressed on its own, so that a search hit
    // unpacks its chunk and the outline (headings) rather than the whole plan.
    private const int ChunkSize = 16;

    public required IReadOnlyList<BodySection> Sections { get; init; }
    public required IReadOnlyList<BodyParagraph> Paragraphs { get; init; }
    public required IReadOnlyList<(int SectionOrd, Table Table)> Tables { get; init; }
    // A body read back decodes its measures and duties when they are first asked for: a search hit
    // needs only its paragraph and section path.
    private IReadOnlyList<BodyRecord<Measure>>? _measures;
    private IReadOnlyList<BodyRecord<Duty>>? _duties;
    private Func<(IReadOnlyList<BodyRecord<Measure>>, IReadOnlyList<BodyRecord<Duty>>)>? _readRecords;

    public IReadOnlyList<BodyRecord<Measure>> Measures
    {
        get => Records()._measures!;
        init => _measures = value;
    }

    public IReadOnlyList<BodyRecord<Duty>> Duties
    {
        get => Records()._duties!;
        init => _duties = value;
    }

    private PlanBody Records()
    {
        if (_readRecords is { } read)
        {
            (_measures, _duties) = read();
            _readRecords = null;
        }
        return this;
    }

    /// <summary>The text a located quote spans.</summary>
    public string Quote(BodySpan span) => Paragraphs[span.Paragraph].Text.Substring(span.Start, span.Length);

    public string SectionPath(int paragraph) => Sections[Paragraphs[paragraph].SectionOrd].Path;

    public byte[] Pack()
    {
        var frames = new List<byte[]>();
        frames.Add(Frame(w =>
        {
            w.Write(FormatVersion);
            w.Write(ChunkSize);
            w.Write(Sections.Count);
            foreach (var s in Sections)
            {
                w.Write(s.ParentOrd);
                w.Write(s.Level);
                w.Write(s.Path);
                w.Write(s.Heading);
            }
            w.Write(Paragraphs.Count);
            foreach (var p in Paragraphs)
            {
                w.Write(p.SectionOrd);
                w.Write(p.IsRow);
            }
        }));
        for (var chunk = 0; chunk < Paragraphs.Count; chunk += ChunkSize)
            frames.Add(Frame(w =>
            {
                for (var i = chunk; i < Math.Min(chunk + ChunkSize, Paragraphs.Count); i++)
                    w.Write(Paragraphs[i].Text);
            }));
        frames.Add(Frame(w =>
        {
            w.Write(Tables.Count);
            foreach (var (ord, table) in Tables)
            {
                w.Write(ord);
                Strings(w, table.Header);
                w.Write(table.Rows.Count);
                foreach (var row in table.Rows)
                    Strings(w, row);
            }
            w.Write(Measures.Count);
            foreach (var (m, at) in Measures)
            {
                WriteEvidence(w, m.Evidence, at);
                Nullable(w, m.Text == m.Evidence.Sentence ? null : m.Text);
                w.Write((byte)m.Kind);
                Strings(w, m.Owners);
                Strings(w, m.CoOwners);
                Nullable(w, m.Deadline);
            }
            w.Write(Duties.Count);
            foreach (var (d, at) in Duties)
            {
                WriteEvidence(w, d.Evidence, at);
                w.Write(d.Department);
                Nullable(w, d.Role);
                Nullable(w, d.Text == d.Evidence.Sentence ? null : d.Text);
            }
        }));
        var packed = new byte[4 + 4 * frames.Count + frames.Sum(f => f.Length)];
        BinaryPrimitives.WriteInt32LittleEndian(packed, frames.Count);
        var at = 4 + 4 * frames.Count;
        for (var i = 0; i < frames.Count; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(packed.AsSpan(4 + 4 * i), frames[i].Length);
            frames[i].CopyTo(packed, at);
            at += frames[i].Length;
        }
        return packed;

        static byte[] Frame(Action<BinaryWriter> write)
        {
            using var stream = new MemoryStream();
            using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
                write(w);
            return PackedText.Pack(stream.GetBuffer().AsSpan(0, (int)stream.Length));
        }
    }

    public static PlanBody Unpack(byte[] packed, string documentId)
    {
        var frames = Frames(packed);
        var outline = ReadOutline(frames[0]);
        var places = outline.Places;
        var paragraphs = new BodyParagraph[places.Length];
        for (var chunk = 0; outline.ChunkStart(chunk) < places.Length; chunk++)
        {
            var texts = ReadChunk(frames[1 + chunk], outline, chunk);
            var start = outline.ChunkStart(chunk);
            for (var k = 0; k < texts.Length; k++)
                paragraphs[start + k] = new BodyParagraph(places[start + k].SectionOrd, places[start + k].IsRow, texts[k]);
        }
        var data = PackedText.Unpack(frames[^1].Span);
        using var r = new BinaryReader(new MemoryStream(data, writable: false), Encoding.UTF8);
        var tables = new (int, Table)[r.ReadInt32()];
        for (var i = 0; i < tables.Length; i++)
        {
            var ord = r.ReadInt32();
            var header = ReadStrings(r);
            var rows = new IReadOnlyList<string>[r.ReadInt32()];
            for (var k = 0; k < rows.Length; k++)
                rows[k] = ReadStrings(r);
            tables[i] = (ord, new Table(header, rows));
        }
        var records = (int)r.BaseStream.Position;
        var body = new PlanBody { Sections = outline.Sections, Paragraphs = paragraphs, Tables = tables };
        body._readRecords = () => ReadRecords(data, records, body, documentId);
        return body;
    }

    /// <summary>The headings and where each paragraph sits, unpacking only that part.</summary>
    public static PlanOutline Outline(byte[] packed) => ReadOutline(Frames(packed)[0]);

    /// <summary>The texts of one chunk of paragraphs (see <see cref="PlanOutline.ChunkOf"/>), unpacking only that part.</summary>
    public static string[] Chunk(byte[] packed, PlanOutline outline, int chunk) => ReadChunk(Frames(packed)[1 + chunk], outline, chunk);

    // The packed frames: their count, each one's length (4 bytes, little-endian), then the frames.
    private static ReadOnlyMemory<byte>[] Frames(byte[] packed)
    {
        var frames = new ReadOnlyMemory<byte>[BinaryPrimitives.ReadInt32LittleEndian(packed)];
        var at = 4 + 4 * frames.Length;
        for (var i = 0; i < frames.Length; i++)
        {
            var length = BinaryPrimitives.ReadInt32LittleEndian(packed.AsSpan(4 + 4 * i));
            frames[i] = packed.AsMemory(at, length);
            at += length;
        }
        return frames;
    }

    private static PlanOutline ReadOutline(ReadOnlyMemory<byte> frame)
    {
        using var r = new BinaryReader(new MemoryStream(PackedText.Unpack(frame.Span), writable: false), Encoding.UTF8);
        if (r.ReadByte() != FormatVersion)
            throw new InvalidDataException("unknown plan body format");
        var chunkSize = r.ReadInt32();
        var sections = new BodySection[r.ReadInt32()];
        for (var i = 0; i < sections.Length; i++)
            sections[i] = new BodySection(r.ReadInt32(), r.ReadInt32(), r.ReadString(), r.ReadString());
        var places = new (int, bool)[r.ReadInt32()];
        for (var i = 0; i < places.Length; i++)
            places[i] = (r.ReadInt32(), r.ReadBoolean());
        return new PlanOutline(sections, places, chunkSize);
    }

    private static string[] ReadChunk(ReadOnlyMemory<byte> frame, PlanOutline outline, int chunk)
    {
        using var r = new BinaryReader(new MemoryStream(PackedText.Unpack(frame.Span), writable: false), Encoding.UTF8);
        var texts = new string[Math.Min(outline.ChunkSize, outline.Places.Length - outline.ChunkStart(chunk))];
        for (var i = 0; i < texts.Length; i++)
            texts[i] = r.ReadString();
        return texts;
    }

    private static (IReadOnlyList<BodyRecord<Measure>>, IReadOnlyList<BodyRecord<Duty>>) ReadRecords(
        byte[] data, int offset, PlanBody body, string documentId)
    {
        using var r = new BinaryReader(new MemoryStream(data, offset, data.Length - offset, writable: false), Encoding.UTF8);
        var measures = new BodyRecord<Measure>[r.ReadInt32()];
        for (var i = 0; i < measures.Length; i++)
        {
            var (evidence, at) = ReadEvidence(r, body, documentId);
            var text = ReadNullableString(r) ?? evidence.Sentence;
            measures[i] = new BodyRecord<Measure>(new Measure
            {
                Evidence = evidence,
                Text = text,
                Kind = (MeasureKind)r.ReadByte(),
                Owners = ReadStrings(r),
                CoOwners = ReadStrings(r),
                Deadline = ReadNullableInt(r),
            }, at);
        }
        var duties = new BodyRecord<Duty>[r.ReadInt32()];
        for (var i = 0; i < duties.Length; i++)
        {
            var (evidence, at) = ReadEvidence(r, body, documentId);
            var department = r.ReadString();
            var role = ReadNullableString(r);
            duties[i] = new BodyRecord<Duty>(new Duty(department, role, ReadNullableString(r) ?? evidence.Sentence, evidence), at);
        }
        return (measures, duties);
    }

    /// <summary>The plan's heading tree with its paragraphs and tables, as ingest made it (table rows
    /// come from the tables; paragraphs that were only whitespace are not stored).</summary>
    public IReadOnlyList<Section> Tree()
    {
        var children = Sections.Select(_ => new List<int>()).ToArray();
        var roots = new List<int>();
        for (var i = 0; i < Sections.Count; i++)
            (Sections[i].ParentOrd < 0 ? roots : children[Sections[i].ParentOrd]).Add(i);
        var texts = Sections.Select(_ => new List<string>()).ToArray();
        foreach (var p in Paragraphs)
            if (!p.IsRow)
                texts[p.SectionOrd].Add(p.Text);
        var tables = Sections.Select(_ => new List<Table>()).ToArray();
        foreach (var (ord, table) in Tables)
            tables[ord].Add(table);
        return roots.Select(Build).ToList();

        Section Build(int i) => new(Sections[i].Path, Sections[i].Level, Sections[i].Heading, texts[i],
            children[i].Select(Build).ToList(), tables[i]);
    }

    // Evidence: a span of a paragraph (flag 1), or the section path and sentence written out (flag 0).
    private static void WriteEvidence(BinaryWriter w, Evidence evidence, BodySpan? at)
    {
        if (at is { } span)
        {
            w.Write((byte)1);
            w.Write(span.Paragraph);
            w.Write(span.Start);
            w.Write(span.Length);
        }
        else
        {
            w.Write((byte)0);
            w.Write(evidence.SectionPath);
            w.Write(evidence.Sentence);
        }
    }

    private static (Evidence, BodySpan?) ReadEvidence(BinaryReader r, PlanBody body, string documentId)
    {
        if (r.ReadByte() == 0)
            return (new Evidence(documentId, r.ReadString(), r.ReadString()), null);
        var span = new BodySpan(r.ReadInt32(), r.ReadInt32(), r.ReadInt32());
        return (new Evidence(documentId, body.SectionPath(span.Paragraph), body.Quote(span)), span);
    }

    internal static void Strings(BinaryWriter w, IReadOnlyList<string> values)
    {
        w.Write(values.Count);
        foreach (var value in values)
            w.Write(value);
    }

    internal static string[] ReadStrings(BinaryReader r)
    {
        var values = new string[r.ReadInt32()];
        for (var i = 0; i < values.Length; i++)
            values[i] = r.ReadString();
        return values;
    }

    internal static void Nullable(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null)
            w.Write(value);
    }

    internal static void Nullable(BinaryWriter w, int? value)
    {
        w.Write(value.HasValue);
        if (value is { } v)
            w.Write(v);
    }

    internal static string? ReadNullableString(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    internal static int? ReadNullableInt(BinaryReader r) => r.ReadBoolean() ? r.ReadInt32() : null;
}

/// <summary>A plan's headings and, per paragraph, its section and whether it is a table row.</summary>
internal sealed record PlanOutline(BodySection[] Sections, (int SectionOrd, bool IsRow)[] Places, int ChunkSize)
{
    public string SectionPath(int paragraph) => Sections[Places[paragraph].SectionOrd].Path;

    /// <summary>The chunk holding a paragraph's text (paragraph texts are packed ChunkSize at a time).</summary>
    public int ChunkOf(int paragraph) => paragraph / ChunkSize;

    public int ChunkStart(int chunk) => chunk * ChunkSize;
}

/// <summary>A section in document order; <paramref name="ParentOrd"/> is -1 at the top.</summary>
internal sealed record BodySection(int ParentOrd, int Level, string Path, string Heading);

/// <summary>A paragraph or table row as indexed; its full-text row is the plan's first paragraph id + its number.</summary>
internal sealed record BodyParagraph(int SectionOrd, bool IsRow, string Text);

/// <summary>A quote: <paramref name="Length"/> UTF-16 characters from <paramref name="Start"/> in the plan's
/// <paramref name="Paragraph"/>-th paragraph.</summary>
internal readonly record struct BodySpan(int Paragraph, int Start, int Length);

/// <summary>A measure or duty with the span its sentence was found at (null: written out).</summary>
internal readonly record struct BodyRecord<T>(T Record, BodySpan? At);

using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using TagDirective = YamlDotNet.Core.Tokens.TagDirective;
using YamlDotNet.RepresentationModel;

namespace PolicyKB.Rules.Yaml;

/// <summary>Rule files parsed before, kept by their content: the parser's events (every scalar with its
/// line and column) in a small binary file named by a hash of the text. Loading a rule file then replays
/// its events into the same <see cref="YamlStream"/> the parser would have built, so every loader, check
/// and error line stays as it is; only the YAML scanner is skipped (about half of loading the rules in a
/// cold `kb ask`). A changed file has another hash, so a stale entry is never read; a file that does not
/// parse is never stored.</summary>
/// <remarks>Off unless <see cref="Folder"/> is set (the `kb` program sets it; tests and library callers
/// parse every time). A cache that cannot be read or written is ignored.</remarks>
public static class YamlCache
{
    private const int FormatVersion = 1;
    private static readonly byte[] Magic = "KBYE"u8.ToArray();

    private static readonly AsyncLocal<string?> CurrentFolder = new();

    /// <summary>Where entries are kept; null: no cache. Set per flow of control (it follows into tasks
    /// started after it is set), so a test's folder stays the test's.</summary>
    public static string? Folder
    {
        get => CurrentFolder.Value;
        set => CurrentFolder.Value = value;
    }

    /// <summary>The default place: $XDG_CACHE_HOME/policykb/rules, else ~/.cache/policykb/rules.</summary>
    public static string DefaultFolder()
    {
        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrEmpty(root))
            root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "policykb", "rules");
    }

    /// <summary>Parses <paramref name="yaml"/> into a stream, from the cache when it holds this text.
    /// Throws what the YAML parser throws for a malformed text.</summary>
    public static YamlStream Load(string yaml)
    {
        var stream = new YamlStream();
        var folder = Folder;
        if (folder is null)
        {
            stream.Load(new StringReader(yaml));
            return stream;
        }
        var path = Path.Combine(folder, $"{Hash(yaml):x16}.yev");
        if (TryRead(path) is { } events)
        {
            stream.Load(new Replay(events));
            return stream;
        }
        var recorder = new Recorder(new Parser(new StringReader(yaml)));
        stream.Load(recorder);
        TryWrite(path, recorder.Events);
        return stream;
    }

    /// <summary>64-bit FNV-1a over the text's UTF-16 code units, with its length.</summary>
    internal static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL ^ (ulong)text.Length;
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * 1099511628211UL;
            hash = (hash ^ (uint)(c >> 8)) * 1099511628211UL;
        }
        return hash;
    }

    private enum Kind : byte { StreamStart, StreamEnd, DocumentStart, DocumentEnd, MappingStart, MappingEnd, SequenceStart, SequenceEnd, Scalar, Alias }

    private static List<ParsingEvent>? TryRead(string path)
    {
        try
        {
            if (!File.Exists(path))
                return null;
            using var reader = new BinaryReader(File.OpenRead(path));
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != FormatVersion)
                return null;
            var count = reader.ReadInt32();
            var events = new List<ParsingEvent>(count);
            for (var i = 0; i < count; i++)
                events.Add(ReadEvent(reader));
            return events;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    private static ParsingEvent ReadEvent(BinaryReader reader)
    {
        var kind = (Kind)reader.ReadByte();
        var start = ReadMark(reader);
        var end = ReadMark(reader);
        return kind switch
        {
            Kind.StreamStart => new StreamStart(start, end),
            Kind.StreamEnd => new StreamEnd(start, end),
            Kind.DocumentStart => new DocumentStart(null, new TagDirectiveCollection(), reader.ReadBoolean(), start, end),
            Kind.DocumentEnd => new DocumentEnd(reader.ReadBoolean(), start, end),
            Kind.MappingStart => new MappingStart(Anchor(reader), Tag(reader), reader.ReadBoolean(), (MappingStyle)reader.ReadByte(), start, end),
            Kind.MappingEnd => new MappingEnd(start, end),
            Kind.SequenceStart => new SequenceStart(Anchor(reader), Tag(reader), reader.ReadBoolean(), (SequenceStyle)reader.ReadByte(), start, end),
            Kind.SequenceEnd => new SequenceEnd(start, end),
            Kind.Scalar => new Scalar(Anchor(reader), Tag(reader), reader.ReadString(), (ScalarStyle)reader.ReadByte(),
                reader.ReadBoolean(), reader.ReadBoolean(), start, end),
            Kind.Alias => new AnchorAlias(Anchor(reader), start, end),
            _ => throw new FormatException($"unknown event {kind}"),
        };
    }

    private static Mark ReadMark(BinaryReader reader) =>
        new(reader.Read7BitEncodedInt64(), reader.Read7BitEncodedInt64(), reader.Read7BitEncodedInt64());

    private static AnchorName Anchor(BinaryReader reader) => reader.ReadString() is { Length: > 0 } name ? new AnchorName(name) : AnchorName.Empty;

    private static TagName Tag(BinaryReader reader) => reader.ReadString() is { Length: > 0 } name ? new TagName(name) : TagName.Empty;

    private static void TryWrite(string path, List<ParsingEvent> events)
    {
        var temp = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var writer = new BinaryWriter(File.Create(temp)))
            {
                writer.Write(Magic);
                writer.Write(FormatVersion);
                writer.Write(events.Count);
                foreach (var e in events)
                    if (!WriteEvent(writer, e))
                        return;   // something rule files do not use (directives, comments): not cached
            }
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
        finally
        {
            try { File.Delete(temp); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    }

    private static bool WriteEvent(BinaryWriter writer, ParsingEvent e)
    {
        void Header(Kind kind)
        {
            writer.Write((byte)kind);
            WriteMark(writer, e.Start);
            WriteMark(writer, e.End);
        }
        switch (e)
        {
            case StreamStart: Header(Kind.StreamStart); break;
            case StreamEnd: Header(Kind.StreamEnd); break;
            case DocumentStart d when d.Version is null && (d.Tags is null || d.Tags.All(IsDefaultTag)):
                Header(Kind.DocumentStart);
                writer.Write(d.IsImplicit);
                break;
            case DocumentEnd d:
                Header(Kind.DocumentEnd);
                writer.Write(d.IsImplicit);
                break;
            case MappingStart m:
                Header(Kind.MappingStart);
                WriteNames(writer, m.Anchor, m.Tag);
                writer.Write(m.IsImplicit);
                writer.Write((byte)m.Style);
                break;
            case MappingEnd: Header(Kind.MappingEnd); break;
            case SequenceStart s:
                Header(Kind.SequenceStart);
                WriteNames(writer, s.Anchor, s.Tag);
                writer.Write(s.IsImplicit);
                writer.Write((byte)s.Style);
                break;
            case SequenceEnd: Header(Kind.SequenceEnd); break;
            case Scalar s:
                Header(Kind.Scalar);
                WriteNames(writer, s.Anchor, s.Tag);
                writer.Write(s.Value);
                writer.Write((byte)s.Style);
                writer.Write(s.IsPlainImplicit);
                writer.Write(s.IsQuotedImplicit);
                break;
            case AnchorAlias a:
                Header(Kind.Alias);
                writer.Write(a.Value.IsEmpty ? "" : a.Value.Value);
                break;
            default:
                return false;
        }
        return true;
    }

    // The parser adds the two default tag handles (! and !!) to every document; anything else is a directive.
    private static bool IsDefaultTag(TagDirective tag) => tag.Handle is "!" or "!!";

    private static void WriteNames(BinaryWriter writer, AnchorName anchor, TagName tag)
    {
        writer.Write(anchor.IsEmpty ? "" : anchor.Value);
        writer.Write(tag.IsEmpty ? "" : tag.Value);
    }

    private static void WriteMark(BinaryWriter writer, Mark mark)
    {
        writer.Write7BitEncodedInt64(mark.Index);
        writer.Write7BitEncodedInt64(mark.Line);
        writer.Write7BitEncodedInt64(mark.Column);
    }

    /// <summary>The real parser, keeping every event it hands out.</summary>
    private sealed class Recorder(IParser inner) : IParser
    {
        public List<ParsingEvent> Events { get; } = [];

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext())
                return false;
            Events.Add(inner.Current!);
            return true;
        }
    }

    /// <summary>Hands out recorded events.</summary>
    private sealed class Replay(List<ParsingEvent> events) : IParser
    {
        private int _next;

        public ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            if (_next >= events.Count)
            {
                Current = null;
                return false;
            }
            Current = events[_next++];
            return true;
        }
    }
}

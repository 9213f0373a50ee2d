using System.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PolicyKB.Core;
using PolicyKB.Ingest.Structure;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;
using MarkdownTable = Markdig.Extensions.Tables.Table;
using MarkdownTableRow = Markdig.Extensions.Tables.TableRow;

namespace PolicyKB.Ingest;

/// <summary>The canonical form of a plan: YAML front matter with every DocumentMeta field, `# title`, then
/// one Markdown heading per section (## for top level, ### below … capped at ######), paragraphs, and
/// tables as pipe tables. Read back through one Markdig pipeline built once.</summary>
public static class CanonicalMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .Build();

    // Front matter keys, in the order written; names follow gold/SCHEMA.md.
    private static readonly (string Key, Func<DocumentMeta, string?> Get)[] Fields =
    [
        ("title", m => m.Title), ("region", m => m.Region), ("level", m => m.Level), ("issuer", m => m.Issuer),
        ("date", m => m.Date), ("docNumber", m => m.DocNumber), ("period", m => m.Period),
        ("publishDate", m => m.PublishDate), ("source", m => m.Source), ("sourceFile", m => m.SourceFile),
    ];

    private const int MaxHeadingDepth = 6;

    /// <summary>Whether the text starts with a YAML front matter fence (a canonical file).</summary>
    public static bool HasFrontMatter(string markdown) =>
        markdown.TrimStart('\uFEFF').StartsWith("---\n", StringComparison.Ordinal) ||
        markdown.TrimStart('\uFEFF').StartsWith("---\r\n", StringComparison.Ordinal);

    public static string Write(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var md = new StringBuilder();
        md.Append("---\n").Append(FrontMatter(document.Meta)).Append("---\n\n");
        md.Append("# ").Append(Escape(document.Meta.Title, lineStart: false)).Append("\n\n");
        foreach (var section in document.Sections)
            WriteSection(md, section, depth: section.Level);
        return md.ToString();
    }

    private static string FrontMatter(DocumentMeta meta)
    {
        var writer = new StringWriter();
        var emitter = new Emitter(writer);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Block));
        foreach (var (key, get) in Fields)
        {
            emitter.Emit(new Scalar(key));
            emitter.Emit(get(meta) is { } value
                ? new Scalar(null, null, value, ScalarStyle.Any, isPlainImplicit: true, isQuotedImplicit: true)
                : new Scalar(null, null, "null", ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
        }
        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return writer.ToString().ReplaceLineEndings("\n");
    }

    private static void WriteSection(StringBuilder md, Section section, int depth)
    {
        if (section.Level > 0)
            md.Append('#', Math.Min(MaxHeadingDepth, depth + 1)).Append(' ')
              .Append(Escape(section.Heading, lineStart: false)).Append("\n\n");
        foreach (var paragraph in section.Paragraphs)
            md.Append(Escape(paragraph, lineStart: true)).Append("\n\n");
        foreach (var table in section.Tables)
            WriteTable(md, table);
        foreach (var child in section.Children)
            WriteSection(md, child, depth + 1);
    }

    private static void WriteTable(StringBuilder md, Table table)
    {
        var width = Math.Max(table.Header.Count, table.Rows.Select(r => r.Count).DefaultIfEmpty(0).Max());
        void Row(IReadOnlyList<string> cells)
        {
            md.Append('|');
            for (var i = 0; i < width; i++)
                md.Append(' ').Append(Escape(i < cells.Count ? cells[i] : "", lineStart: false)).Append(" |");
            md.Append('\n');
        }
        Row(table.Header);
        md.Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", width))).Append('\n');
        foreach (var row in table.Rows)
            Row(row);
        md.Append('\n');
    }

    /// <summary>Backslash-escapes what Markdown would read as syntax, so text reads back exactly: inline
    /// markers anywhere, and block markers (#, list numbers, -, +, >) at the start of a paragraph.</summary>
    internal static string Escape(string text, bool lineStart)
    {
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '&' or '!' or '#')
                sb.Append('\\');
            else if (lineStart && i == 0 && c is '-' or '+' or '=')
                sb.Append('\\');
            else if (lineStart && c is '.' or ')' && i > 0 && text[..i].All(char.IsAsciiDigit))
                sb.Append('\\');
            sb.Append(c switch { '\n' or '\r' => ' ', _ => c });
        }
        return sb.ToString();
    }

    /// <summary>Reads a canonical file; <paramref name="file"/> names it in errors.</summary>
    public static Document Read(string markdown, string id, string? file)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var parsed = Markdown.Parse(markdown, Pipeline);
        DocumentMeta? meta = null;
        string? h1 = null;
        var reader = new TreeReader();
        foreach (var block in parsed)
        {
            switch (block)
            {
                case YamlFrontMatterBlock yaml when meta is null:
                    meta = ReadFrontMatter(yaml, file);
                    break;
                case HeadingBlock { Level: 1 } heading when h1 is null && reader.IsEmpty:
                    h1 = InlineText(heading.Inline);
                    break;
                case HeadingBlock heading:
                    reader.Heading(Math.Max(1, heading.Level - 1), InlineText(heading.Inline));
                    break;
                case ParagraphBlock paragraph:
                    reader.Paragraph(InlineText(paragraph.Inline));
                    break;
                case MarkdownTable table:
                    reader.Table(ReadTable(table));
                    break;
                default:
                    // Lists, quotes, code written by hand: kept as their source text.
                    reader.Paragraph(markdown.Substring(block.Span.Start, block.Span.Length).Trim());
                    break;
            }
        }
        meta ??= new DocumentMeta { Title = h1 ?? id };
        if (string.IsNullOrEmpty(meta.Title))
            meta = meta with { Title = h1 ?? throw new KbException(Messages.MissingTitle, file, 1) };
        return new Document(id, meta, reader.Finish());
    }

    private static DocumentMeta ReadFrontMatter(YamlFrontMatterBlock block, string? file)
    {
        // The block's lines sit between the fences; YamlDotNet lines are 1-based, Markdig's 0-based.
        var firstLine = block.Line + 1;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(block.Lines.ToString()));
        }
        catch (YamlException e)
        {
            throw new KbException(Messages.BadFrontMatter(e.Message), file, firstLine + (int)e.Start.Line, e);
        }
        var values = new Dictionary<string, string?>();
        if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map)
        {
            foreach (var (keyNode, valueNode) in map.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? "";
                if (!Fields.Any(f => f.Key == key))
                    throw new KbException(Messages.UnknownFrontMatterKey(key, string.Join("、", Fields.Select(f => f.Key))),
                        file, firstLine + (int)keyNode.Start.Line);
                values[key] = valueNode is YamlScalarNode { Value: var v, Style: var style } && !IsNull(v, style) ? v : null;
            }
        }
        return new DocumentMeta
        {
            Title = values.GetValueOrDefault("title") ?? "",
            Region = values.GetValueOrDefault("region"),
            Level = values.GetValueOrDefault("level"),
            Issuer = values.GetValueOrDefault("issuer"),
            Date = values.GetValueOrDefault("date"),
            DocNumber = values.GetValueOrDefault("docNumber"),
            Period = values.GetValueOrDefault("period"),
            PublishDate = values.GetValueOrDefault("publishDate"),
            Source = values.GetValueOrDefault("source"),
            SourceFile = values.GetValueOrDefault("sourceFile"),
        };
    }

    private static bool IsNull(string? value, ScalarStyle style) =>
        style == ScalarStyle.Plain && value is null or "" or "null" or "~";

    private static Table ReadTable(MarkdownTable table)
    {
        var rows = table.OfType<MarkdownTableRow>()
            .Select(row => (IReadOnlyList<string>)row.OfType<Markdig.Extensions.Tables.TableCell>()
                .Select(cell => string.Concat(cell.OfType<ParagraphBlock>().Select(p => InlineText(p.Inline))))
                .ToList())
            .ToList();
        return rows.Count == 0 ? new Table([], []) : new Table(rows[0], rows.Skip(1).ToList());
    }

    /// <summary>The text of inlines with Markdown escapes resolved.</summary>
    private static string InlineText(ContainerInline? container)
    {
        if (container is null)
            return "";
        var sb = new StringBuilder();
        foreach (var inline in container)
            AppendInline(sb, inline);
        return sb.ToString().Trim();
    }

    private static void AppendInline(StringBuilder sb, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal: sb.Append(literal.Content.ToString()); break;
            case CodeInline code: sb.Append(code.Content); break;
            case HtmlEntityInline entity: sb.Append(entity.Transcoded.ToString()); break;
            case HtmlInline html: sb.Append(html.Tag); break;
            case AutolinkInline link: sb.Append(link.Url); break;
            case LineBreakInline: break;   // a soft break inside Chinese text joins without a space
            case ContainerInline children:
                foreach (var child in children)
                    AppendInline(sb, child);
                break;
        }
    }

    /// <summary>Rebuilds the section tree from headings in document order: a heading of depth d closes
    /// every open heading at depth d or deeper.</summary>
    private sealed class TreeReader
    {
        private readonly SectionNode _preamble = new("");
        private readonly List<SectionNode> _top = [];
        private readonly List<SectionNode> _open = [];

        public bool IsEmpty => _top.Count == 0 && _preamble.IsEmpty;

        private SectionNode Current => _open.Count > 0 ? _open[^1] : _preamble;

        public void Heading(int depth, string text)
        {
            if (_open.Count >= depth)
                _open.RemoveRange(depth - 1, _open.Count - depth + 1);
            var node = new SectionNode(text);
            (_open.Count > 0 ? _open[^1].Children : _top).Add(node);
            _open.Add(node);
        }

        public void Paragraph(string text)
        {
            if (text.Length > 0)
                Current.Paragraphs.Add(text);
        }

        public void Table(Table table) => Current.Tables.Add(table);

        public IReadOnlyList<Section> Finish() => SectionNode.Freeze(_preamble, _top);
    }
}

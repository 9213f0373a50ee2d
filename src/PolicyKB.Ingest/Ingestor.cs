using PolicyKB.Core;
using PolicyKB.Ingest.Formats;
using PolicyKB.Ingest.Metadata;
using PolicyKB.Ingest.Normalize;
using PolicyKB.Ingest.Structure;
using PolicyKB.Rules;

namespace PolicyKB.Ingest;

/// <summary>Reads a plan from a file (.txt, .md, .html, .docx) into a Document: decode, normalise, find the
/// metadata and the heading tree. A canonical .md (with YAML front matter) is read back as written.</summary>
public sealed class Ingestor
{
    /// <summary>Files above this size are refused: no plan is that large, and reading one would stall.</summary>
    public const long MaxFileBytes = 50L * 1024 * 1024;

    private static readonly string[] TextExtensions = [".txt", ".text", ""];
    private static readonly string[] MarkdownExtensions = [".md", ".markdown"];
    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml", ".shtml"];

    private readonly Normalizer _normalizer = Normalizer.Default;
    private readonly MetadataFinder _metadata;

    public Ingestor(RegionCatalog regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        _metadata = new MetadataFinder(regions);
    }

    /// <summary>Reads one file; the document's id is the file name without extension.</summary>
    public Document Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var id = Path.GetFileNameWithoutExtension(path);
        var name = Path.GetFileName(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var bytes = ReadBytes(path);

        if (MarkdownExtensions.Contains(extension))
        {
            var markdown = TextDecoder.Decode(bytes, path);
            return CanonicalMarkdown.HasFrontMatter(markdown)
                ? CanonicalMarkdown.Read(markdown, id, path)
                : Build(MarkdownText.Lines(markdown), id, name, path);
        }
        if (extension == ".docx")
            return Build(DocxReader.Read(bytes, path), id, name, path);
        if (HtmlExtensions.Contains(extension))
            return Build(HtmlReader.Read(TextDecoder.Decode(bytes, path)), id, name, path);
        if (TextExtensions.Contains(extension))
            return Build(NormalizedText.From(TextDecoder.Decode(bytes, path)), id, name, path);
        throw new KbException(string.Format(Messages.UnsupportedFormat, extension), path);
    }

    /// <summary>Normalises and parses plain text (not canonical Markdown).</summary>
    public Document Parse(string text, string id, string? sourceFile)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(id);
        return Build(NormalizedText.From(text), id, sourceFile, sourceFile);
    }

    internal Document Build(NormalizedText raw, string id, string? sourceFile, string? errorFile)
    {
        var text = _normalizer.Run(raw);
        if (text.Lines.Count == 0)
            throw new KbException(Messages.EmptyFile, errorFile);
        var meta = _metadata.Find(text, id, sourceFile);
        var sections = SectionTreeBuilder.Build(text.Lines);
        return new Document(id, meta, sections);
    }

    private static byte[] ReadBytes(string path)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
                throw new KbException(Messages.TooLarge(length, MaxFileBytes), path);
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KbException(Messages.CannotRead(e.Message), path, null, e);
        }
    }
}

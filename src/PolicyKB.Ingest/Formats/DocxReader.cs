using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using KbException = PolicyKB.Core.KbException;
using PolicyKB.Ingest.Normalize;

namespace PolicyKB.Ingest.Formats;

/// <summary>Reads a Word file: paragraphs as lines (heading styles and outline levels as heading hints,
/// automatic numbering rendered as written: 一、（一）1.), tables as table rows (merged cells repeated, so a
/// task table's 牵头单位 column holds a unit on every row).</summary>
internal static partial class DocxReader
{
    // "heading 2", "Heading2", "标题 2": built-in heading styles by name.
    [GeneratedRegex(@"^(?:heading|标题)\s*(?<level>[1-9])$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingStyle();

    public static NormalizedText Read(byte[] bytes, string file)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var main = document.MainDocumentPart;
            var body = main?.Document?.Body ?? throw new KbException(Messages.BadDocx, file);
            var reader = new Reader(main.StyleDefinitionsPart?.Styles, main.NumberingDefinitionsPart?.Numbering);
            reader.Blocks(body);
            return NormalizedText.From(reader.Lines);
        }
        catch (KbException)
        {
            throw;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or
                                       System.Xml.XmlException or FormatException or InvalidOperationException or
                                       ArgumentException or NotSupportedException)
        {
            // A truncated or foreign file: the package or its XML does not parse.
            throw new KbException(Messages.BadDocx, file, null, e);
        }
    }

    private sealed class Reader(Styles? styles, Numbering? numberingPart)
    {
        private readonly Dictionary<int, int[]> _counters = [];
        public List<SourceLine> Lines { get; } = [];

        public void Blocks(OpenXmlElement container)
        {
            foreach (var element in container.ChildElements)
            {
                switch (element)
                {
                    case Paragraph paragraph: Paragraph(paragraph); break;
                    case Table table: Table(table); break;
                    case SdtBlock sdt when sdt.SdtContentBlock is { } content: Blocks(content); break;
                }
            }
        }

        private void Paragraph(Paragraph paragraph)
        {
            var text = Numbered(paragraph) + Text(paragraph);
            var level = HeadingLevel(paragraph);
            foreach (var piece in text.Split('\n'))
            {
                var line = new SourceLine(piece, Lines.Count + 1);
                Lines.Add(level > 0 && piece.Trim().Length > 0 ? line with { Hint = LineHint.Heading, HeadingLevel = level } : line);
            }
        }

        private static string Text(OpenXmlElement element)
        {
            var sb = new StringBuilder();
            foreach (var node in element.Descendants())
            {
                switch (node)
                {
                    case Text t: sb.Append(t.Text); break;
                    case TabChar: sb.Append('\t'); break;
                    case Break or CarriageReturn: sb.Append('\n'); break;
                }
            }
            return sb.ToString();
        }

        /// <summary>1-based heading level from the paragraph's style name or outline level, 0 for body text.</summary>
        private int HeadingLevel(Paragraph paragraph)
        {
            var properties = paragraph.ParagraphProperties;
            if (properties?.OutlineLevel?.Val?.Value is { } outline && outline < 9)
                return outline + 1;
            var styleId = properties?.ParagraphStyleId?.Val?.Value;
            if (styleId is null)
                return 0;
            var style = styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId);
            if (style?.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } styleOutline && styleOutline < 9)
                return styleOutline + 1;
            var name = style?.StyleName?.Val?.Value ?? styleId;
            return HeadingStyle().Match(name) is { Success: true } m ? m.Groups["level"].Value[0] - '0' : 0;
        }

        /// <summary>The number Word draws before an automatically numbered paragraph: "一、", "（一）", "1.".</summary>
        private string Numbered(Paragraph paragraph)
        {
            var numbering = paragraph.ParagraphProperties?.NumberingProperties;
            if (numbering?.NumberingId?.Val?.Value is not { } numId || numId == 0 || numberingPart is null)
                return "";
            var ilvl = numbering.NumberingLevelReference?.Val?.Value ?? 0;
            var instance = numberingPart.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
            var abstractId = instance?.AbstractNumId?.Val?.Value;
            var definition = numberingPart.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
            var levels = definition?.Elements<Level>().ToDictionary(l => l.LevelIndex?.Value ?? 0) ?? [];
            if (!levels.TryGetValue(ilvl, out var level) || ilvl is < 0 or > 8)
                return "";
            // Bullets draw a symbol from a symbol font, not text a plan reads.
            if (level.NumberingFormat?.Val?.Value is NumberFormatValues.Bullet or NumberFormatValues.None)
                return "";

            var counters = _counters.TryGetValue(numId, out var c) ? c : _counters[numId] = new int[9];
            counters[ilvl] = counters[ilvl] == 0 ? level.StartNumberingValue?.Val?.Value ?? 1 : counters[ilvl] + 1;
            for (var deeper = ilvl + 1; deeper < 9; deeper++)
                counters[deeper] = 0;

            var text = level.LevelText?.Val?.Value ?? "";
            for (var k = 0; k <= ilvl; k++)
            {
                var format = levels.TryGetValue(k, out var l) ? l.NumberingFormat?.Val : null;
                text = text.Replace($"%{k + 1}", Format(Math.Max(1, counters[k]), format?.Value));
            }
            return text;
        }

        private static string Format(int n, NumberFormatValues? format) => format switch
        {
            NumberFormatValues.ChineseCounting or NumberFormatValues.ChineseCountingThousand or
                NumberFormatValues.IdeographDigital or NumberFormatValues.ChineseLegalSimplified => ChineseNumeral(n),
            NumberFormatValues.DecimalEnclosedCircle or NumberFormatValues.DecimalEnclosedCircleChinese when n is >= 1 and <= 20
                => ((char)('①' + n - 1)).ToString(),
            NumberFormatValues.LowerLetter => ((char)('a' + (n - 1) % 26)).ToString(),
            NumberFormatValues.UpperLetter => ((char)('A' + (n - 1) % 26)).ToString(),
            NumberFormatValues.Bullet or NumberFormatValues.None => "",
            _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        private static string ChineseNumeral(int n)
        {
            const string digits = "零一二三四五六七八九";
            if (n < 10)
                return digits[n].ToString();
            if (n < 100)
                return (n / 10 == 1 ? "" : digits[n / 10].ToString()) + "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString());
            return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        private void Table(Table table)
        {
            List<string>? above = null;
            foreach (var row in table.Elements<TableRow>())
            {
                var cells = new List<string>();
                foreach (var cell in row.Elements<TableCell>())
                {
                    var properties = cell.TableCellProperties;
                    var text = CellText(cell);
                    // A vertically merged continuation cell shows the text of the cell above it.
                    if (properties?.VerticalMerge is { } merge && merge.Val?.Value != MergedCellValues.Restart && above is not null &&
                        cells.Count < above.Count)
                        text = above[cells.Count];
                    var span = properties?.GridSpan?.Val?.Value ?? 1;
                    cells.AddRange(Enumerable.Repeat(text, Math.Clamp(span, 1, 50)));
                }
                if (cells.Count == 0 || cells.All(c => c.Length == 0))
                    continue;
                Lines.Add(cells.Count >= 2
                    ? new SourceLine(string.Join("\t", cells), Lines.Count + 1) { Hint = LineHint.TableRow, Cells = cells }
                    : new SourceLine(cells[0], Lines.Count + 1));
                above = cells;
            }
        }

        /// <summary>A cell's paragraphs: joined with 、 where a paragraph ends without punctuation (one unit
        /// per line: 市发展改革委 / 市工业和信息化局), directly otherwise.</summary>
        private string CellText(TableCell cell)
        {
            var sb = new StringBuilder();
            foreach (var paragraph in cell.Descendants<Paragraph>())
            {
                var text = (Numbered(paragraph) + Text(paragraph)).Replace('\n', ' ').Replace('\t', ' ').Trim();
                if (text.Length == 0)
                    continue;
                if (sb.Length > 0 && !"。，、；：！？,.;:".Contains(sb[^1]))
                    sb.Append('、');
                sb.Append(text);
            }
            return sb.ToString();
        }
    }
}

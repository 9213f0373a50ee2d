using System.Text;
using PolicyKB.Core;

namespace PolicyKB.CorpusGen;

/// <summary>A plan as the plain text a government site or a PDF gives: the 印发 notice (sometimes), 文号,
/// the title, headings and paragraphs as lines, task tables as tab-separated rows, the issuer and date at
/// the end. `kb ingest` has to find the metadata and the heading tree again.</summary>
public static class PlainTextWriter
{
    public static string Write(Document document, Random random)
    {
        ArgumentNullException.ThrowIfNull(document);
        var meta = document.Meta;
        var text = new StringBuilder();
        if (random.Next(2) == 0 && meta.Issuer is { } issuer)
        {
            text.Append(issuer).Append("关于印发《").Append(meta.Title).Append("》的通知\n\n");
            if (meta.DocNumber is { } number)
                text.Append(number).Append("\n\n");
            text.Append("各有关单位：\n\n现将《").Append(meta.Title).Append("》印发给你们，请认真贯彻执行。\n\n");
            text.Append(issuer).Append('\n').Append(ChineseDate(meta.Date)).Append("\n\n");
        }
        text.Append(meta.Title).Append("\n\n");
        foreach (var section in document.Sections)
            WriteSection(text, section);
        if (meta.Issuer is { } signer)
            text.Append(signer).Append('\n').Append(ChineseDate(meta.Date)).Append('\n');
        return text.ToString();
    }

    private static void WriteSection(StringBuilder text, Section section)
    {
        if (section.Level > 0 && section.Heading.Length > 0)
            text.Append(section.Heading).Append("\n\n");
        foreach (var paragraph in section.Paragraphs)
            text.Append("　　").Append(paragraph).Append("\n\n");
        foreach (var table in section.Tables)
        {
            text.Append(string.Join('\t', table.Header)).Append('\n');
            foreach (var row in table.Rows)
                text.Append(string.Join('\t', row)).Append('\n');
            text.Append('\n');
        }
        foreach (var child in section.Children)
            WriteSection(text, child);
    }

    private static string ChineseDate(string? date) =>
        date is { Length: 10 } ? $"{int.Parse(date[..4])}年{int.Parse(date[5..7])}月{int.Parse(date[8..])}日" : "";
}

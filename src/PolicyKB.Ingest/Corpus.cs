using PolicyKB.Core;

namespace PolicyKB.Ingest;

/// <summary>A folder of canonical plans (corpus/*.md).</summary>
public static class Corpus
{
    /// <summary>Every .md file of the folder, read through the ingestor, in file-name order.</summary>
    public static IReadOnlyList<Document> ReadAll(string dir, Ingestor ingestor)
    {
        ArgumentNullException.ThrowIfNull(ingestor);
        if (!Directory.Exists(dir))
            throw new KbException("语料目录不存在", dir);
        return Directory.GetFiles(dir, "*.md")
            .Order(StringComparer.Ordinal)
            .Select(ingestor.Read)
            .ToList();
    }

    /// <summary>Writes &lt;id&gt;.md atomically: a temporary file in the same folder, then a rename.</summary>
    public static void Write(string dir, Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, doc.Id + ".md");
        var temp = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            File.WriteAllText(temp, CanonicalMarkdown.Write(doc));
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);   // no-op once moved
        }
    }
}

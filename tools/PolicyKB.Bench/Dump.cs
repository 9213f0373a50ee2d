using System.Text.Json;
using PolicyKB.Query;
using PolicyKB.Store;

namespace PolicyKB.Bench;

/// <summary>`PolicyKB.Bench dump --db F`: everything a knowledge base gives its readers — plans, each plan's
/// Markdown and paragraphs, targets, measures and duties — as JSON lines, so that two builds (before and
/// after a storage change) can be compared for identical behaviour with diff.</summary>
internal static class Dump
{
    public static int Run(string db)
    {
        using var reader = KbReader.Open(db);
        var options = KbJson.Options;
        foreach (var document in reader.Documents())
        {
            Console.WriteLine(JsonSerializer.Serialize(document with { IngestedAt = "" }, options));
            Console.WriteLine(JsonSerializer.Serialize(PolicyKB.Ingest.CanonicalMarkdown.Write(reader.Document(document.Id)!), options));
            foreach (var paragraph in reader.Paragraphs(document.Id))
                Console.WriteLine(JsonSerializer.Serialize(new { paragraph.SectionPath, paragraph.Text }, options));
            foreach (var target in reader.Targets(document.Id))
                Console.WriteLine(JsonSerializer.Serialize(target, options));
            foreach (var measure in reader.Measures(document.Id))
                Console.WriteLine(JsonSerializer.Serialize(measure, options));
            foreach (var duty in reader.Duties(document.Id))
                Console.WriteLine(JsonSerializer.Serialize(duty, options));
        }
        foreach (var target in reader.Targets())
            Console.WriteLine(JsonSerializer.Serialize(target, options));
        foreach (var measure in reader.Measures())
            Console.WriteLine(JsonSerializer.Serialize(measure, options));
        foreach (var duty in reader.Duties())
            Console.WriteLine(JsonSerializer.Serialize(duty, options));
        return 0;
    }
}

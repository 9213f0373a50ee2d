using System.Text;
using PolicyKB.Core;
using Xunit;

namespace PolicyKB.Tests.Ingest;

/// <summary>Issue 6: random bytes and random mutations of real inputs through ingest. Only KbException may
/// escape, and no input may hang (a generous bound per input catches a hang, not slowness).</summary>
public sealed class FuzzTests
{
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(30);
    private static readonly string[] Extensions = [".txt", ".md", ".html", ".docx"];

    [Fact]
    public void Random_bytes_in_every_format_are_read_or_refused()
    {
        var random = new Random(6);
        for (var i = 0; i < 80; i++)
        {
            var bytes = new byte[random.Next(0, 3000)];
            random.NextBytes(bytes);
            IngestOrRefuse(Extensions[i % Extensions.Length], bytes);
        }
    }

    [Fact]
    public void Mutated_seeds_web_pages_and_word_files_are_read_or_refused()
    {
        var random = new Random(2024);
        var originals = new (string Extension, byte[] Bytes)[]
        {
            (".txt", File.ReadAllBytes(TestPaths.Seed(TestPaths.Liuzhou))),
            (".txt", File.ReadAllBytes(TestPaths.Seed(TestPaths.Guangan))),
            (".txt", File.ReadAllBytes(Path.Combine(IngestFixture.IngestData, "gbk-plan.txt"))),
            (".html", File.ReadAllBytes(Path.Combine(IngestFixture.IngestData, "web-page.html"))),
            (".md", Encoding.UTF8.GetBytes(PolicyKB.Ingest.CanonicalMarkdown.Write(IngestFixture.Seed(TestPaths.Guangxi)))),
            (".docx", DocxTests.TaskTablePlan()),
        };
        for (var i = 0; i < 120; i++)
        {
            var (extension, original) = originals[i % originals.Length];
            IngestOrRefuse(extension, Mutate(original, random));
        }
    }

    /// <summary>One of: flip bytes, truncate, splice a random chunk in, duplicate a slice, cut a slice out.</summary>
    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = original.ToList();
        var edits = random.Next(1, 6);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = random.Next(bytes.Count);
            var length = Math.Min(bytes.Count - at, random.Next(1, 200));
            switch (random.Next(5))
            {
                case 0:
                    for (var k = 0; k < length; k += random.Next(1, 20))
                        bytes[at + k] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 2:
                    var chunk = new byte[length];
                    random.NextBytes(chunk);
                    bytes.InsertRange(at, chunk);
                    break;
                case 3:
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
                default:
                    bytes.RemoveRange(at, length);
                    break;
            }
        }
        return bytes.ToArray();
    }

    private static void IngestOrRefuse(string extension, byte[] bytes)
    {
        var path = FormatTests.TempFile("fuzz" + extension, bytes);
        var run = Task.Run(() =>
        {
            try
            {
                var document = IngestFixture.Ingestor.Read(path);
                Assert.False(string.IsNullOrEmpty(document.Meta.Title));
            }
            catch (KbException e)
            {
                Assert.Equal(path, e.File);   // every refusal names the file
            }
        });
        Assert.True(run.Wait(HangBound), $"ingest hung on {path}");
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }
}

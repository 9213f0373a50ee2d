using System.Text;
using Microsoft.Data.Sqlite;

namespace PolicyKB.Store;

/// <summary>A stored plan's row of <c>documents</c>: its key, the passages row of its paragraph 0, and its
/// metadata.</summary>
internal sealed record PlanRow(long Key, long First, DocumentInfo Info, string? PublishDate, string? Source);

/// <summary>Every row of <c>documents</c> packed into one value (table <c>plan_list</c>), written again by
/// each change of the plans: every `kb ask` and `kb search` starts by listing the plans, and reading 3,000
/// rows of 17 columns (a call into SQLite and a string for each) took 12–15 ms here, most of a cold query's
/// own work. The packed list reads in a few milliseconds; a string that repeats (a region, an issuer, a date)
/// is stored and read once.</summary>
internal static class PlanList
{
    private const byte FormatVersion = 1;

    /// <summary>The rows of <c>documents</c> in the order they were stored, from a reader of <see cref="RowsSql"/>.</summary>
    public static List<PlanRow> Read(SqliteDataReader reader)
    {
        var rows = new List<PlanRow>();
        while (reader.Read())
            rows.Add(new PlanRow(reader.GetInt64(13), reader.GetInt64(14), new DocumentInfo(
                Id: reader.GetString(0), Title: reader.GetString(1), Region: String(reader, 2), Level: String(reader, 3),
                Issuer: String(reader, 4), Date: String(reader, 5), DocNumber: String(reader, 6), Period: String(reader, 7),
                SourceFile: String(reader, 8), Version: reader.GetInt32(9), IngestedAt: reader.GetString(10),
                Paragraphs: reader.GetInt32(11), Targets: reader.GetInt32(12)),
                String(reader, 15), String(reader, 16)));
        return rows;
    }

    public static byte[] Pack(IReadOnlyList<PlanRow> plans)
    {
        // Each distinct string once, numbered from 1 in order of first use; 0 stands for null.
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var strings = new List<string>();
        var refs = new int[plans.Count * StringsPerPlan];
        for (var i = 0; i < plans.Count; i++)
        {
            var values = Strings(plans[i]);
            for (var j = 0; j < StringsPerPlan; j++)
                refs[i * StringsPerPlan + j] = values[j] is not { } value ? 0
                    : numbers.TryGetValue(value, out var number) ? number
                    : numbers[value] = Add(strings, value);
        }
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(FormatVersion);
            w.Write7BitEncodedInt(strings.Count);
            foreach (var value in strings)
                w.Write(value);
            w.Write7BitEncodedInt(plans.Count);
            for (var i = 0; i < plans.Count; i++)
            {
                var plan = plans[i];
                w.Write7BitEncodedInt64(plan.Key);
                w.Write7BitEncodedInt64(plan.First);
                w.Write7BitEncodedInt(plan.Info.Version);
                w.Write7BitEncodedInt(plan.Info.Paragraphs);
                w.Write7BitEncodedInt(plan.Info.Targets);
                for (var j = 0; j < StringsPerPlan; j++)
                    w.Write7BitEncodedInt(refs[i * StringsPerPlan + j]);
            }
        }
        return stream.ToArray();

        static int Add(List<string> strings, string value)
        {
            strings.Add(value);
            return strings.Count;
        }
    }

    public static List<PlanRow> Unpack(byte[] packed)
    {
        using var r = new BinaryReader(new MemoryStream(packed, writable: false), Encoding.UTF8);
        if (r.ReadByte() != FormatVersion)
            throw new InvalidDataException("unknown plan list format");
        var strings = new string?[r.Read7BitEncodedInt() + 1];
        for (var i = 1; i < strings.Length; i++)
            strings[i] = r.ReadString();
        var plans = new List<PlanRow>(r.Read7BitEncodedInt());
        for (var i = plans.Capacity; i > 0; i--)
        {
            var key = r.Read7BitEncodedInt64();
            var first = r.Read7BitEncodedInt64();
            var version = r.Read7BitEncodedInt();
            var paragraphs = r.Read7BitEncodedInt();
            var targets = r.Read7BitEncodedInt();
            string? Next() => strings[r.Read7BitEncodedInt()];
            // In the order of Strings below.
            var id = Next()!;
            var title = Next()!;
            var region = Next();
            var level = Next();
            var issuer = Next();
            var date = Next();
            var docNumber = Next();
            var period = Next();
            var sourceFile = Next();
            var ingestedAt = Next()!;
            var publishDate = Next();
            var source = Next();
            plans.Add(new PlanRow(key, first, new DocumentInfo(id, title, region, level, issuer, date, docNumber, period,
                sourceFile, version, ingestedAt, paragraphs, targets), publishDate, source));
        }
        return plans;
    }

    private const int StringsPerPlan = 12;

    private static string?[] Strings(PlanRow plan)
    {
        var info = plan.Info;
        return [info.Id, info.Title, info.Region, info.Level, info.Issuer, info.Date, info.DocNumber, info.Period,
            info.SourceFile, info.IngestedAt, plan.PublishDate, plan.Source];
    }

    private static string? String(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    public const string RowsSql = """
        SELECT id, title, region, level, issuer, date, doc_number, period, source_file, version,
               ingested_at, paragraphs, targets, key, first_paragraph, publish_date, source
        FROM documents ORDER BY key
        """;
}

using System.Text;
using PolicyKB.Core;

namespace PolicyKB.Store;

/// <summary>Targets as compressed values, their sentences and section paths written out: a plan's targets
/// (<c>plan_data.targets</c>), and every plan's targets of one metric and deadline (<c>metric_targets</c>):
/// targets are read across plans (every plan's 单位GDP能耗 goal for 2025), and that must neither unpack
/// every plan's text nor every plan's targets (3,000 plans: 0.2 s).</summary>
internal static class PlanTargets
{
    private const byte FormatVersion = 1;

    public static byte[] Pack(IReadOnlyList<Target> targets) =>
        Packed(targets.Count, w =>
        {
            foreach (var t in targets)
                Write(w, t);
        });

    public static List<Target> Unpack(byte[] packed, string documentId)
    {
        using var r = Reader(packed);
        var targets = new List<Target>(r.ReadInt32());
        for (var i = targets.Capacity; i > 0; i--)
            targets.Add(Read(r, documentId));
        return targets;
    }

    /// <summary>The targets of one metric and deadline across plans (<c>metric_targets.data</c>), each with
    /// its plan's key and its place among the plan's targets.</summary>
    public static byte[] PackGroup(IReadOnlyList<GroupTarget> targets) =>
        Packed(targets.Count, w =>
        {
            foreach (var (doc, ord, target) in targets)
            {
                w.Write(doc);
                w.Write(ord);
                Write(w, target);
            }
        });

    /// <param name="documentId">The id of the plan with a key (for the evidence); null: the plan is gone.</param>
    public static List<GroupTarget> UnpackGroup(byte[] packed, Func<long, string?> documentId)
    {
        using var r = Reader(packed);
        var targets = new List<GroupTarget>(r.ReadInt32());
        for (var i = targets.Capacity; i > 0; i--)
        {
            var doc = r.ReadInt64();
            var ord = r.ReadInt32();
            targets.Add(new GroupTarget(doc, ord, Read(r, documentId(doc) ?? "")));
        }
        return targets;
    }

    private static byte[] Packed(int count, Action<BinaryWriter> write)
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(FormatVersion);
            w.Write(count);
            write(w);
        }
        return PackedText.Pack(stream.GetBuffer().AsSpan(0, (int)stream.Length));
    }

    private static BinaryReader Reader(byte[] packed)
    {
        var r = new BinaryReader(new MemoryStream(PackedText.Unpack(packed), writable: false), Encoding.UTF8);
        if (r.ReadByte() != FormatVersion)
            throw new InvalidDataException("unknown targets format");
        return r;
    }

    private static void Write(BinaryWriter w, Target t)
    {
        w.Write(t.Evidence.SectionPath);
        w.Write(t.Evidence.Sentence);
        w.Write(t.Metric);
        PlanBody.Nullable(w, t.MetricId);
        w.Write(t.Value);
        w.Write(t.Unit);
        PlanBody.Nullable(w, t.CanonicalUnit);
        w.Write(t.Scale.HasValue);
        if (t.Scale is { } scale)
            w.Write(scale);
        w.Write((byte)t.Direction);
        PlanBody.Nullable(w, t.Qualifier);
        w.Write((byte)t.Comparator);
        PlanBody.Nullable(w, t.BaselineYear);
        PlanBody.Nullable(w, t.Deadline);
        PlanBody.Strings(w, t.Owners);
        PlanBody.Strings(w, t.CoOwners);
    }

    private static Target Read(BinaryReader r, string documentId) => new()
    {
        Evidence = new Evidence(documentId, r.ReadString(), r.ReadString()),
        Metric = r.ReadString(),
        MetricId = PlanBody.ReadNullableString(r),
        Value = r.ReadDecimal(),
        Unit = r.ReadString(),
        CanonicalUnit = PlanBody.ReadNullableString(r),
        Scale = r.ReadBoolean() ? r.ReadDecimal() : null,
        Direction = (Direction)r.ReadByte(),
        Qualifier = PlanBody.ReadNullableString(r),
        Comparator = (Comparator)r.ReadByte(),
        BaselineYear = PlanBody.ReadNullableInt(r),
        Deadline = PlanBody.ReadNullableInt(r),
        Owners = PlanBody.ReadStrings(r),
        CoOwners = PlanBody.ReadStrings(r),
    };
}

/// <summary>A target in a metric group: its plan's key and its place among the plan's targets.</summary>
internal readonly record struct GroupTarget(long Doc, int Ord, Target Target);

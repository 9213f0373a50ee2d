using System.Text;
using PolicyKB.Core;

namespace PolicyKB.Store;

/// <summary>A plan's targets as one compressed value (<c>documents.targets_data</c>), with their sentences
/// and section paths written out: targets are read across plans (every plan's 单位GDP能耗 goal for
/// 2025), and reading them must not unpack every plan's whole text. <c>target_keys</c> says which plans
/// hold a metric.</summary>
internal static class PlanTargets
{
    private const byte FormatVersion = 1;

    public static byte[] Pack(IReadOnlyList<Target> targets)
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(FormatVersion);
            w.Write(targets.Count);
            foreach (var t in targets)
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
        }
        return PackedText.Pack(stream.GetBuffer().AsSpan(0, (int)stream.Length));
    }

    public static List<Target> Unpack(byte[] packed, string documentId)
    {
        using var stream = new MemoryStream(PackedText.Unpack(packed), writable: false);
        using var r = new BinaryReader(stream, Encoding.UTF8);
        if (r.ReadByte() != FormatVersion)
            throw new InvalidDataException("unknown targets format");
        var targets = new List<Target>(r.ReadInt32());
        for (var i = targets.Capacity; i > 0; i--)
        {
            var evidence = new Evidence(documentId, r.ReadString(), r.ReadString());
            targets.Add(new Target
            {
                Evidence = evidence,
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
            });
        }
        return targets;
    }
}

using System.Globalization;
using PolicyKB.Core;

namespace PolicyKB.Web;

/// <summary>How a target reads on a page: 下降 14.5%, 达到 90%（以上）, 2025年（基准 2020年）, 牵头 …</summary>
internal static class TargetText
{
    public static string Direction(Direction direction) => direction switch
    {
        Core.Direction.Decrease => "下降",
        Core.Direction.Increase => "提高",
        Core.Direction.Reach => "达到",
        Core.Direction.Maintain => "保持",
        Core.Direction.Cap => "控制在",
        _ => direction.ToString(),
    };

    public static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>下降 14.5%, with the qualifier (以上, 左右, a range) when the plan gives one.</summary>
    public static string Value(Target t)
    {
        var value = $"{Direction(t.Direction)} {Number(t.Value)}{t.Unit}";
        return string.IsNullOrEmpty(t.Qualifier) || t.Qualifier == Number(t.Value) + t.Unit ? value : $"{value}（{t.Qualifier}）";
    }

    public static string Years(Target t) =>
        (t.Deadline is { } d ? $"{d}年" : "") + (t.BaselineYear is { } b ? $"（比{b}年）" : "");

    public static string Owners(Target t) =>
        (t.Owners.Count > 0 ? $"{Messages.Owners}：{string.Join("、", t.Owners)}" : "") +
        (t.CoOwners.Count > 0 ? $"{(t.Owners.Count > 0 ? "；" : "")}{Messages.CoOwners}：{string.Join("、", t.CoOwners)}" : "");

    public static string Summary(Target t) =>
        string.Join(" · ", new[] { t.Metric, Value(t), Years(t), Owners(t) }.Where(s => s.Length > 0));
}

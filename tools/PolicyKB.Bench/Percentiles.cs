namespace PolicyKB.Bench;

/// <summary>Latency percentiles of many calls, in milliseconds.</summary>
public sealed record Percentiles(double P50, double P95, double P99, int Calls)
{
    public static Percentiles Of(IReadOnlyList<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        return new Percentiles(At(sorted, 0.50), At(sorted, 0.95), At(sorted, 0.99), sorted.Length);
    }

    public static double Median(IEnumerable<double> values) => At(values.Order().ToArray(), 0.5);

    // Nearest rank.
    private static double At(double[] sorted, double q) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];

    public override string ToString() => $"{P50:0.###} / {P95:0.###} / {P99:0.###}";
}

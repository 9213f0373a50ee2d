namespace PolicyKB.Rules;

/// <summary>One region of China as rules/regions.yaml defines it.</summary>
/// <param name="Name">Full official name: 柳州市, 广西壮族自治区.</param>
/// <param name="ShortNames">Other names plans use: 柳州, 广西.</param>
/// <param name="Level">national | province | city | county | district.</param>
/// <param name="Parent">Full name of the region above, null for the country.</param>
public sealed record Region(string Name, IReadOnlyList<string> ShortNames, string Level, string? Parent);

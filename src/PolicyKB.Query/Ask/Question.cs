using PolicyKB.Rules;

namespace PolicyKB.Query.Ask;

/// <summary>A question as <see cref="QuestionAnalyzer"/> reads it: what it asks for and what it names.</summary>
public sealed record Question
{
    /// <summary>The question as asked.</summary>
    public required string Text { get; init; }

    /// <summary>Folded copy (Simplified, ASCII digits, lower case), same length as <see cref="Text"/>.</summary>
    public required string Folded { get; init; }

    /// <summary>The folded question's letters and digits only (names compare without 、 or spaces).</summary>
    internal string Compact { get; init; } = "";

    public required Intent Intent { get; init; }

    /// <summary>The question wants several answers (分别, two 多少, two years, 哪些部门).</summary>
    public required bool Plural { get; init; }

    /// <summary>Regions named, in order of first mention (柳州 → 柳州市).</summary>
    public required IReadOnlyList<Region> Regions { get; init; }

    /// <summary>Metrics of the taxonomy named, with the words the question uses for each.</summary>
    public required IReadOnlyList<MetricMention> Metrics { get; init; }

    /// <summary>Departments of departments.yaml named (ids), e.g. 发改委 → development_reform.</summary>
    public required IReadOnlyList<string> DepartmentIds { get; init; }

    /// <summary>The department or other body the question is about, as written (市统计局,
    /// 广西电网柳州供电局); null when it names none.</summary>
    public string? Organisation { get; init; }

    /// <summary>Years a target is due by (2025, “十四五” → 2025), in order.</summary>
    public required IReadOnlyList<int> Years { get; init; }

    /// <summary>The year a change is measured from (比2020年).</summary>
    public int? BaselineYear { get; init; }

    /// <summary>Numbers with their unit as written (90%以上 → 90, %).</summary>
    public required IReadOnlyList<QuestionNumber> Numbers { get; init; }

    /// <summary>The question's own words: what is left once regions, years, numbers, question words
    /// and frame words are taken out, as runs of folded text.</summary>
    public required IReadOnlyList<string> Topic { get; init; }

    /// <summary>Phrases that may name the metric when the taxonomy does not: topic runs, and their parts
    /// before a verb (生态农业产值要达到 → 生态农业产值), longest run first.</summary>
    public IReadOnlyList<string> MetricWords { get; init; } = [];

    /// <summary>Which units an owner question asks for: the lead unit, every unit, or the cooperating ones.</summary>
    public OwnerRole OwnerRole { get; init; }

    /// <summary>Asks which value is highest (+1) or lowest (−1); 0 when neither.</summary>
    public int Extreme { get; init; }

    /// <summary>How many values the question asks for (多少 … 多少个 → 2); at least 1.</summary>
    public int ValueSlots { get; init; } = 1;

    /// <summary>The question asks for a value too (多少), whatever its intent.</summary>
    public bool AsksValue { get; init; }

    internal Grams TopicGrams { get; init; } = Grams.Empty;

    /// <summary>Grams of the whole question, for finding a metric's name in it.</summary>
    internal Grams AllGrams { get; init; } = Grams.Empty;

    /// <summary>The metric as the question words it: the taxonomy name it used, or else its own words.</summary>
    public string? MetricPhrase => Metrics.Count > 0 ? string.Join("、", Metrics.Select(m => m.Written)) : MetricWords.FirstOrDefault();
}

/// <summary>A metric named in a question: the taxonomy entry and the words used (单位GDP能耗).</summary>
public sealed record MetricMention(MetricRule Metric, string Written);

/// <summary>A number in a question and the unit written after it (“%”, “万千瓦”), or null.</summary>
public sealed record QuestionNumber(decimal Value, string? Unit);

/// <summary>Which units an owner question asks for.</summary>
public enum OwnerRole { Lead, All, Cooperating }

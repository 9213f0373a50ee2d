using PolicyKB.Extract.Text;

namespace PolicyKB.Extract.Targets;

/// <summary>A year found in text: a deadline phrase (到2025年, “十四五”期间 = 2025) or a baseline
/// phrase (比2020年). <see cref="Governs"/>: the phrase may date the sentences after it.</summary>
internal sealed record YearMention(Span Span, int Year, bool Governs);

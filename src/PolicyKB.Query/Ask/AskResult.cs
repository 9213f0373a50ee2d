namespace PolicyKB.Query.Ask;

/// <summary>What `kb ask` answers: the answer alone (brief, no evidence in it), the lines it is made of
/// (one per region for a comparison), what the question was read as, and the sources.</summary>
/// <param name="Answer">Only the answer: 柳州市发展和改革委员会; 14.5%; 2025年; 柳州市：下降14.5%；广西壮族自治区：下降13%.
/// When nothing was found, a plain sentence saying so (知识库中没有找到…).</param>
/// <param name="Lines">The answer's parts, one per line for display (several values, regions, bodies).</param>
/// <param name="Found">False when the knowledge base does not hold the answer; the evidence then holds
/// the closest passages.</param>
public sealed record AskResult(
    string Answer,
    Intent Intent,
    AskEntities Entities,
    IReadOnlyList<AskEvidence> Evidence,
    bool Found,
    IReadOnlyList<string> Lines);

/// <summary>One supporting source: the plan (id and title), the section path and the quoted sentence.</summary>
public sealed record AskEvidence(string Document, string Title, string Section, string Text);

/// <summary>The entities of a question, as --json shows them.</summary>
public sealed record AskEntities(
    IReadOnlyList<string> Regions,
    string? Metric,
    IReadOnlyList<string> MetricIds,
    string? Organisation,
    IReadOnlyList<string> Departments,
    IReadOnlyList<int> Years,
    int? BaselineYear,
    IReadOnlyList<string> Numbers,
    IReadOnlyList<string> Topic);

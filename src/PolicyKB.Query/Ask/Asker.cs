using PolicyKB.Core;
using PolicyKB.Rules;
using PolicyKB.Store;
using static PolicyKB.Query.Ask.PassageFinder;
using static PolicyKB.Query.Ask.PlanText;
using static PolicyKB.Query.Ask.TargetRanking;

namespace PolicyKB.Query.Ask;

/// <summary>Answers questions in Chinese from a knowledge base: the structured records first (targets,
/// duties, measures with their owners), the full-text index when the question is not one of those
/// shapes. Never makes an answer up: when nothing fits, it says so and shows the closest passages.</summary>
/// <remarks>Build one per process and reuse it: records are read once per plan and kept.</remarks>
public sealed class Asker
{

    private readonly QuestionAnalyzer _analyzer;
    private readonly AskStore _store;
    private readonly ValueText _values;
    private readonly PassageFinder _passages;

    private const double OwnerAccept = 0.5;
    private const int MaxDutyChars = 300;

    public Asker(QuestionAnalyzer analyzer, KbReader reader)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(reader);
        _analyzer = analyzer;
        _store = new AskStore(reader, analyzer.Regions, analyzer.RuleSet.Departments);
        _values = new ValueText(analyzer.RuleSet.Patterns, analyzer.Rules.DirectionWords);
        _passages = new PassageFinder(_store, analyzer);
    }

    public QuestionAnalyzer Analyzer => _analyzer;

    /// <summary>An asker over an open knowledge base with the rules of <paramref name="rulesDir"/>
    /// (questions.yaml beside the rule files <paramref name="rules"/> was loaded from).</summary>
    public static Asker Create(KbReader reader, RuleSet rules, string rulesDir) =>
        Create(reader, rules, QuestionRules.Load(rulesDir));

    /// <summary>An asker over an open knowledge base with rule files already loaded.</summary>
    public static Asker Create(KbReader reader, RuleSet rules, QuestionRules questions)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new Asker(new QuestionAnalyzer(questions, rules, reader.Segmenter), reader);
    }

    public AskResult Ask(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var q = _analyzer.Analyze(question.Trim(), _store.UncataloguedRegions);
        var stored = _store.Regions;
        var present = Specific(q.Regions.Where(r => stored.Contains(r.Name)).Select(r => r.Name).ToList(), q.Intent);
        if (q.Regions.Count > 0 && present.Count == 0)
        {
            var missing = q.Regions.Select(r => r.Name).ToList();
            return NotFound(q, AskMessages.NoRegion(missing, stored), _passages.Passages(q, []));
        }
        return q.Intent switch
        {
            Intent.Value => Value(q, present),
            Intent.Deadline => Deadline(q, present),
            Intent.Owner => Owner(q, present),
            Intent.Duty => Duty(q, present),
            Intent.List => List(q, present),
            Intent.Compare => Compare(q, present),
            _ => Passage(q, present),
        };
    }

    // 广西电网柳州供电局, 广西柳州市: a region named with its parent means the region, unless the
    // question lists or compares regions.
    private List<string> Specific(List<string> regions, Intent intent)
    {
        if (regions.Count < 2 || intent is Intent.List or Intent.Compare)
            return regions;
        var catalog = _analyzer.Regions;
        return regions.Where(name => !regions.Any(other => other != name && catalog.Find(other) is { } region
            && catalog.Ancestors(region).Any(a => a.Name == name))).ToList();
    }

    // ---- values and deadlines -------------------------------------------------------------------

    private AskResult Value(Question q, List<string> regions)
    {
        var ranked = Rank(q, _store.Plans(regions), MetricAccept);
        if (ranked.Count == 0)
        {
            if (_passages.ClauseValue(q, regions) is { } clause)
                return Found(q, clause.Text, [clause.Text], [clause.Evidence]);
            ranked = Loosely(q, _store.Plans(regions));
            if (ranked.Count == 0)
                return NotFound(q, AskMessages.NotFound(Subject(q, regions), q.Intent), _passages.Passages(q, regions));
        }
        var chosen = Choose(q, ranked);
        var labels = Labels(chosen);
        var lines = chosen.Select((t, i) => Join(labels[i], _values.Value(t.Target))).ToList();
        return Found(q, string.Join("；", lines), lines, chosen.Select(Evidence));
    }

    private AskResult Deadline(Question q, List<string> regions)
    {
        var ranked = Rank(q, _store.Plans(regions), MetricAccept);
        if (ranked.Count == 0)
        {
            if (_passages.ClauseDeadline(q, regions) is { } clause)
                return Found(q, AskMessages.Year(clause.Year), [AskMessages.Year(clause.Year)], [clause.Evidence]);
            ranked = Loosely(q, _store.Plans(regions));
            if (ranked.Count == 0)
                return NotFound(q, AskMessages.NotFound(Subject(q, regions), q.Intent), _passages.Passages(q, regions));
        }
        var chosen = Choose(q, ranked);
        var dated = chosen.Where(t => t.Target.Deadline is not null).ToList();
        if (dated.Count == 0)
            return NotFound(q, AskMessages.DeadlineNotStated(Subject(q, regions)), chosen.Select(Evidence).ToList());
        var labels = Labels(dated, byYear: false);
        // 提高到多少？在哪一年？ asks for both: the year, then the value.
        var lines = dated.Select((t, i) => Join(labels[i], AskMessages.Year(t.Target.Deadline!.Value)
            + (q.AsksValue ? "，" + _values.Value(t.Target) : ""))).ToList();
        return Found(q, string.Join("；", lines), lines, dated.Select(Evidence));
    }

    private static string Join(string label, string value) => label.Length == 0 ? value : $"{label}：{value}";

    // ---- owners and duties ----------------------------------------------------------------------

    private sealed record Owned(IReadOnlyList<string> Names, double Score, string Text, Evidence Source, DocumentInfo Document, Grams Grams);

    private AskResult Owner(Question q, List<string> regions)
    {
        var candidates = new List<Owned>();
        TargetRecord? bestOwnerless = null;
        var bestOwnerlessScore = 0.0;
        foreach (var plan in _store.Plans(regions))
        {
            foreach (var t in plan.Targets)
            {
                var fit = MetricFit(q, t);
                if (fit < 0)
                    continue;
                var cover = q.TopicGrams.CoveredBy(t.Sentence);
                var score = Math.Max(0.8 * fit + 0.2 * cover, cover) + (NumberHit(q, t.Target) ? 0.5 : 0);
                if (Units(q, t.Target.Owners, t.Target.CoOwners) is { Count: > 0 } units)
                    candidates.Add(new Owned(units, score, t.Target.Evidence.Sentence, t.Target.Evidence, plan.Document, t.Sentence));
                else if (score > bestOwnerlessScore)
                    (bestOwnerless, bestOwnerlessScore) = (t, score);
            }
            foreach (var d in q.OwnerRole == OwnerRole.Cooperating ? [] : plan.Duties)
            {
                var score = Math.Max(q.TopicGrams.CoveredBy(d.Head), 0.85 * q.TopicGrams.CoveredBy(d.Text))
                    + (q.Numbers.Any(n => d.Duty.Text.Contains(ValueText.Number(n.Value), StringComparison.Ordinal)) ? 0.3 : 0);
                if (IsGeneric(d.Duty.Department))
                    score *= 0.5;
                candidates.Add(new Owned([d.Duty.Department], score, d.Duty.Text, d.Duty.Evidence, plan.Document, d.Text));
            }
            foreach (var m in plan.Measures)
            {
                if (Units(q, m.Measure.Owners, m.Measure.CoOwners) is not { Count: > 0 } units)
                    continue;
                var score = 0.9 * q.TopicGrams.CoveredBy(m.Text)
                    + (q.Numbers.Any(n => m.Measure.Text.Contains(ValueText.Number(n.Value), StringComparison.Ordinal)) ? 0.3 : 0);
                candidates.Add(new Owned(units, score, m.Measure.Text, m.Measure.Evidence, plan.Document, m.Text));
            }
        }
        var ranked = candidates.OrderByDescending(c => c.Score).ToList();
        var chosen = q.Plural ? Cover(q, ranked) : ranked.Take(1).Where(c => c.Score >= OwnerAccept).ToList();
        if (chosen.Count == 0 || bestOwnerless is not null && bestOwnerlessScore >= 1 && bestOwnerlessScore > chosen[0].Score + 0.2)
        {
            if (bestOwnerless is not null && SectionActor(bestOwnerless) is { } actor)
                return Found(q, actor.Duty.Department, [actor.Duty.Department], [Evidence(bestOwnerless), Evidence(actor.Duty.Evidence, actor.Document)]);
            if (bestOwnerless is not null && bestOwnerlessScore >= 0.8)
                return NotFound(q, AskMessages.OwnerNotStated(Subject(q, regions)), [Evidence(bestOwnerless)]);
            return NotFound(q, AskMessages.NotFound(Subject(q, regions), q.Intent), _passages.Passages(q, regions));
        }
        if (chosen.Count == 1)
        {
            var names = string.Join("、", chosen[0].Names);
            return Found(q, names, [names], [Evidence(chosen[0].Source, chosen[0].Document)]);
        }
        chosen = chosen.OrderBy(c => FirstMention(q, BestClause(q, c.Text))).ToList();
        var lines = chosen.Select(c => $"{string.Join("、", c.Names)}：{BestClause(q, c.Text)}").ToList();
        return Found(q, string.Join("；", lines), lines, chosen.Select(c => Evidence(c.Source, c.Document)));
    }

    // Several bodies for several tasks (哪些部门分别负责A、B和C): each round takes the record that covers
    // most of the question's words still uncovered, while one adds at least three pairs; together they
    // must cover half of the question.
    private static List<Owned> Cover(Question q, List<Owned> ranked)
    {
        var chosen = new List<Owned>();
        var left = q.TopicGrams;
        while (chosen.Count < MaxAnswers)
        {
            Owned? next = null;
            var gain = 2;
            foreach (var c in ranked)
                if (c.Score >= 0.1 && !chosen.Any(x => x.Names.SequenceEqual(c.Names)) && left.SharedWith(c.Grams) is var g && g > gain)
                    (next, gain) = (c, g);
            if (next is null)
                break;
            chosen.Add(next);
            left = left.Except(next.Grams);
        }
        var covered = q.TopicGrams.Count == 0 ? 0 : 1 - (double)left.Count / q.TopicGrams.Count;
        return covered >= OwnerAccept ? chosen : [];
    }

    // 能源主管部门要坚持先立后破……。到2025年，风电、光伏发电装机容量达到8000万千瓦左右。 A target
    // without an owner of its own, in a paragraph that opens with one body's duty, is that body's.
    private DutyRecord? SectionActor(TargetRecord target)
    {
        var plan = _store.Plan(target.Document);
        var sentence = target.Target.Evidence.Sentence;
        var paragraph = _store.Paragraphs(target.Document).FirstOrDefault(p =>
            p.SectionPath == target.Target.Evidence.SectionPath && p.Text.Contains(sentence, StringComparison.Ordinal)).Text;
        if (paragraph is null)
            return null;
        var opening = Sentences(paragraph).FirstOrDefault() ?? "";
        var actors = plan.Duties.Where(d => d.Duty.Evidence.SectionPath == target.Target.Evidence.SectionPath
                && !IsGeneric(d.Duty.Department) && opening.Contains(d.Duty.Text.TrimEnd('。'), StringComparison.Ordinal)
                && opening.IndexOf(d.Duty.Text.TrimEnd('。'), StringComparison.Ordinal) <= d.Duty.Department.Length + 8)
            .DistinctBy(d => d.Duty.Department).ToList();
        return actors.Count == 1 && opening != sentence ? actors[0] : null;
    }

    // The units a question asks for: the lead (牵头), all named, or the cooperating ones (配合).
    private static IReadOnlyList<string> Units(Question q, IReadOnlyList<string> owners, IReadOnlyList<string> coOwners) => q.OwnerRole switch
    {
        OwnerRole.All => [.. owners, .. coOwners.Except(owners)],
        OwnerRole.Cooperating => coOwners,
        _ => owners,
    };

    private bool IsGeneric(string body) => _analyzer.Rules.GenericBodies.Contains(Grams.Fold(body)) ||
        _analyzer.Rules.GenericBodies.Contains(_store.BodyCore(body));

    private AskResult Duty(Question q, List<string> regions)
    {
        // Only the plans of the regions named: 广安市生态环境局 is not 柳州市生态环境局.
        var matches = DutiesOf(q, _store.Plans(regions));
        if (matches.Count == 0)
            return OwnedRecords(q, regions);
        // The body named most fully wins (统计局 over 局); its duties in the best-fitting plan first.
        var strongest = matches.Max(m => m.Strength);
        var duties = matches.Where(m => m.Strength == strongest)
            .OrderByDescending(m => q.TopicGrams.CoveredBy(m.Duty.Text)).Take(EvidenceCount).Select(m => m.Duty).ToList();
        var byBody = duties.GroupBy(d => (d.Document.Id, d.Duty.Department)).ToList();
        var lines = byBody.Select(g => Trim(JoinSentences(g.Select(d => DutyText(d.Duty.Text))), MaxDutyChars)).ToList();
        if (byBody.Count > 1)
            lines = byBody.Select((g, i) => $"{g.Key.Department}：{lines[i]}").ToList();
        return Found(q, string.Join("\n", lines), lines, duties.Select(d => Evidence(d.Duty.Evidence, d.Document)));
    }

    private List<(DutyRecord Duty, int Strength)> DutiesOf(Question q, IEnumerable<PlanRecords> plans)
    {
        var matches = new List<(DutyRecord, int)>();
        foreach (var plan in plans)
            foreach (var d in plan.Duties)
            {
                var strength = BodyStrength(q, d.Core);
                if (strength > 0)
                    matches.Add((d, strength));
            }
        return matches;
    }

    // How fully the question names a body: the length of its region-less name when the question
    // contains it, 1 when only the department's alias matches (发改委 for 发展和改革委员会).
    private int BodyStrength(Question q, string core)
    {
        if (core.Length >= 2 && q.Compact.Contains(core, StringComparison.Ordinal))
            return core.Length;
        if (q.Organisation is { } org && core.Length >= 2 && _store.BodyCore(org) is { Length: >= 2 } asked && core.Contains(asked, StringComparison.Ordinal))
            return asked.Length;
        return _store.DepartmentId(core) is { } id && q.DepartmentIds.Contains(id) ? 1 : 0;
    }

    // No duty paragraph for the body: what targets and measures it owns.
    private AskResult OwnedRecords(Question q, List<string> regions)
    {
        var texts = new List<(string Text, Evidence Source, DocumentInfo Document, int Strength)>();
        foreach (var plan in _store.Plans(regions))
        {
            foreach (var t in plan.Targets)
                if (t.Target.Owners.Select(o => BodyStrength(q, _store.BodyCore(o))).DefaultIfEmpty().Max() is > 0 and var s)
                    texts.Add((t.Target.Evidence.Sentence, t.Target.Evidence, plan.Document, s));
            foreach (var m in plan.Measures)
                if (m.Measure.Owners.Select(o => BodyStrength(q, _store.BodyCore(o))).DefaultIfEmpty().Max() is > 0 and var s)
                    texts.Add((m.Measure.Text, m.Measure.Evidence, plan.Document, s));
        }
        if (texts.Count == 0)
            return NotFound(q, AskMessages.NotFound(Subject(q, regions, q.Organisation), q.Intent), _passages.Passages(q, regions));
        var strongest = texts.Max(t => t.Strength);
        var chosen = texts.Where(t => t.Strength == strongest).Take(MaxAnswers).ToList();
        var lines = chosen.Select(t => Trim(t.Text, MaxDutyChars)).Distinct().ToList();
        return Found(q, string.Join("\n", lines), lines, chosen.Select(t => Evidence(t.Source, t.Document)));
    }

    // ---- lists and comparisons ------------------------------------------------------------------

    private AskResult List(Question q, List<string> regions)
    {
        var scope = regions.Count > 0 ? regions : _store.Regions.ToList();
        // A region counts when it has such a target, or (the store missing it) a clause naming the metric
        // with a number.
        var found = new List<(string Region, string Line, AskEvidence Evidence)>();
        foreach (var region in scope)
        {
            var ranked = RankTargets(q, _store.Plans([region]), ListAccept);
            if (ranked.Count > 0)
                found.Add((region, $"{region}：{_values.WithDirection(ranked[0].Target)}{YearNote(ranked[0].Target)}", Evidence(ranked[0])));
            else if (_passages.ClauseValue(q, [region]) is { } clause)
                found.Add((region, $"{region}：{clause.Text}", clause.Evidence));
        }
        if (found.Count > 0)
            return Found(q, string.Join("、", found.Select(f => f.Region)), found.Select(f => f.Line).ToList(), found.Select(f => f.Evidence));
        // No target: regions whose plans have a passage holding the question's words.
        var hits = _passages.Search(q, regions, 30).Where(h => h.Region is not null && q.TopicGrams.CoveredBy(Grams.Of(Grams.Fold(h.Text))) >= ListAccept)
            .DistinctBy(h => h.Region).ToList();
        if (hits.Count == 0)
            return NotFound(q, AskMessages.NotFound(Subject(q, regions), q.Intent), _passages.Passages(q, regions));
        var regionNames = hits.Select(h => h.Region!).ToList();
        return Found(q, string.Join("、", regionNames), regionNames, hits.Select(h => HitEvidence(q, h)));
    }

    private AskResult Compare(Question q, List<string> regions)
    {
        var scope = regions.Count > 0 ? regions : _store.Regions.ToList();
        var perRegion = scope.Select(r => (Region: r, Ranked: RankTargets(q, _store.Plans([r]), MetricAccept))).ToList();
        if (perRegion.All(p => p.Ranked.Count == 0))
            return NotFound(q, AskMessages.NotFound(Subject(q, regions), q.Intent), _passages.Passages(q, regions));

        // Without a year in the question, compare the year most regions set a target for.
        var years = q.Years.Count > 0 ? q.Years.ToList()
            : perRegion.SelectMany(p => p.Ranked.Select(t => t.Target.Deadline).OfType<int>().Distinct())
                .GroupBy(y => y).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(1).Select(g => g.Key).ToList();
        var lines = new List<string>();
        var evidence = new List<AskEvidence>();
        var values = new List<(string Region, Target Target)>();
        foreach (var (region, ranked) in perRegion)
        {
            var picks = years.Count == 0 ? ranked.Take(1).ToList()
                : years.Select(y => ranked.FirstOrDefault(t => t.Target.Deadline == y)).OfType<TargetRecord>().ToList();
            if (picks.Count == 0 && ranked.Count > 0 && q.Years.Count == 0)
                picks = ranked.Take(1).ToList();
            if (picks.Count == 0)
            {
                if (_passages.ClauseValue(q, [region]) is { } clause)
                {
                    lines.Add($"{region}：{clause.Text}");
                    evidence.Add(clause.Evidence);
                }
                else
                    lines.Add($"{region}：{AskMessages.RegionHasNoTarget}");
                continue;
            }
            var showYear = q.Years.Count != 1;
            lines.Add($"{region}：" + string.Join("，", picks.Select(t => _values.WithDirection(t.Target) + (showYear ? YearNote(t.Target) : ""))));
            evidence.AddRange(picks.Select(Evidence));
            values.Add((region, picks[0].Target));
        }
        if (q.Extreme != 0 && values.Count >= 2 && values.Select(v => v.Target.Unit).Distinct().Count() == 1)
        {
            var ordered = values.OrderBy(v => v.Target.Value).ToList();
            lines.Add(q.Extreme > 0 ? AskMessages.Highest(ordered[^1].Region, values.Count) : AskMessages.Lowest(ordered[0].Region, values.Count));
        }
        return Found(q, string.Join("；", lines), lines, evidence);
    }

    private static string YearNote(Target t) => t.Deadline is { } y ? $"（{AskMessages.Year(y)}）" : "";

    // ---- passages -------------------------------------------------------------------------------

    private AskResult Passage(Question q, List<string> regions)
    {
        var hits = _passages.Search(q, regions, 10);
        // The index ranks paragraphs; the answer is the sentence that holds most of the question's words,
        // rare words counting more than common ones (秸秆 over 推进) among the sentences found.
        var sentences = hits.SelectMany(h => Sentences(h.Text).Select(s => (Hit: h, Text: s, Grams: Grams.Of(Grams.Fold(s))))).ToList();
        var asked = q.TopicGrams.Count > 0 ? q.TopicGrams : q.AllGrams;
        var weights = asked.Rarity(sentences.Select(s => s.Grams).ToList());
        var best = sentences.Select(s => (s.Hit, s.Text, Cover: asked.CoveredBy(s.Grams, weights), Plain: asked.CoveredBy(s.Grams)))
            .Where(s => s.Plain >= PassageAccept).OrderByDescending(s => s.Cover).DistinctBy(s => s.Hit).Take(EvidenceCount).ToList();
        if (best.Count == 0)
            return NotFound(q, AskMessages.NotFound(Subject(q, regions), q.Intent), hits.Take(EvidenceCount).Select(h => HitEvidence(q, h)).ToList());
        return Found(q, best[0].Text, [best[0].Text],
            best.Select(b => new AskEvidence(b.Hit.DocumentId, b.Hit.Title, b.Hit.SectionPath, b.Text)));
    }

    // The clause of a duty that best matches the question: 统筹控制二氧化碳等温室气体排放.
    private static string BestClause(Question q, string text)
    {
        var clauses = text.Split(['，', '；', '。', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var best = clauses.OrderByDescending(c => q.TopicGrams.CoveredBy(Grams.Of(Grams.Fold(c)))).FirstOrDefault() ?? text;
        return Trim(DutyText(best), 40);
    }

    // Where the question first uses a pair of the clause's characters: answers follow the question's order.
    private static int FirstMention(Question q, string clause)
    {
        var folded = Grams.Fold(clause);
        var first = int.MaxValue;
        for (var i = 0; i + 1 < folded.Length; i++)
            if (Grams.IsWordChar(folded[i]) && Grams.IsWordChar(folded[i + 1]) && q.Folded.IndexOf(folded.Substring(i, 2), StringComparison.Ordinal) is >= 0 and var at)
                first = Math.Min(first, at);
        return first;
    }

    // ---- results --------------------------------------------------------------------------------

    private string Subject(Question q, List<string> regions, string? what = null) =>
        AskMessages.Subject(regions, what ?? q.MetricPhrase ?? q.Topic.MaxBy(t => t.Length));

    private AskEvidence Evidence(TargetRecord t) => Evidence(t.Target.Evidence, t.Document);

    private static AskEvidence Evidence(Evidence source, DocumentInfo document) =>
        new(document.Id, document.Title, source.SectionPath, source.Sentence);

    private static AskResult Found(Question q, string answer, IReadOnlyList<string> lines, IEnumerable<AskEvidence> evidence) =>
        new(answer, q.Intent, Entities(q), evidence.Distinct().ToList(), Found: true, lines);

    private static AskResult NotFound(Question q, string message, IReadOnlyList<AskEvidence> closest) =>
        new(message, q.Intent, Entities(q), closest, Found: false, [message]);

    private static AskEntities Entities(Question q) => new(
        q.Regions.Select(r => r.Name).ToList(),
        q.MetricPhrase,
        q.Metrics.Select(m => m.Metric.Id).ToList(),
        q.Organisation,
        q.DepartmentIds,
        q.Years,
        q.BaselineYear,
        q.Numbers.Select(n => ValueText.Number(n.Value) + n.Unit).ToList(),
        q.Topic);
}

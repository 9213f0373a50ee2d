using PolicyKB.Core;
using PolicyKB.Rules;
using PolicyKB.Store;

namespace PolicyKB.Query.Ask;

/// <summary>Answers questions in Chinese from a knowledge base: the structured records first (targets,
/// duties, measures with their owners), the full-text index when the question is not one of those
/// shapes. Never makes an answer up: when nothing fits, it says so and shows the closest passages.</summary>
/// <remarks>Build one per process and reuse it: records are read once per plan and kept.</remarks>
public sealed class Asker
{
    // How well a record must fit the question to be its answer (share of grams, see Grams).
    private const double MetricAccept = 0.6;
    private const double ListAccept = 0.8;
    private const double OwnerAccept = 0.5;
    private const double PassageAccept = 0.3;
    private const int MaxAnswers = 6;
    private const int MaxDutyChars = 300;
    private const int EvidenceCount = 3;

    private readonly QuestionAnalyzer _analyzer;
    private readonly AskStore _store;
    private readonly ValueText _values;

    public Asker(QuestionAnalyzer analyzer, KbReader reader)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(reader);
        _analyzer = analyzer;
        _store = new AskStore(reader, analyzer.Regions, analyzer.RuleSet.Departments);
        _values = new ValueText(analyzer.RuleSet.Patterns, analyzer.Rules.DirectionWords);
    }

    public QuestionAnalyzer Analyzer => _analyzer;

    /// <summary>An asker over an open knowledge base with the rules of <paramref name="rulesDir"/>
    /// (questions.yaml beside the rule files <paramref name="rules"/> was loaded from).</summary>
    public static Asker Create(KbReader reader, RuleSet rules, string rulesDir)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new Asker(new QuestionAnalyzer(QuestionRules.Load(rulesDir), rules, reader.Segmenter), reader);
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
            return NotFound(q, AskMessages.NoRegion(missing, stored), Passages(q, []));
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
            if (ClauseValue(q, regions) is { } clause)
                return Found(q, clause.Text, [clause.Text], [clause.Evidence]);
            return NotFound(q, AskMessages.NotFound(Subject(q, regions), q.Intent), Passages(q, regions));
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
            return NotFound(q, AskMessages.NotFound(Subject(q, regions), q.Intent), Passages(q, regions));
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

    /// <summary>No target in the store fits (the extractor missed one, or its unit is unknown): the clause
    /// of a plan that names the metric and gives a number, quoted from the metric on
    /// (绿色低碳产业营业收入突破300亿元). Statements about the past (十三五期间…) are skipped.</summary>
    private (string Text, AskEvidence Evidence)? ClauseValue(Question q, List<string> regions)
    {
        var names = q.Metrics.SelectMany(m => m.Metric.Aliases.Prepend(m.Metric.Name)).Select(Grams.Fold)
            .Concat(q.Topic.Where(t => t.Length >= 3)).Distinct().OrderByDescending(n => n.Length).ToList();
        if (names.Count == 0)
            return null;
        var pasts = _analyzer.RuleSet.Patterns.Pasts;
        foreach (var hit in Search(q, regions, 10))
        {
            var paragraph = Grams.Fold(hit.Text);
            if (q.Years.Count > 0 && !q.Years.Any(y => paragraph.Contains(y.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)))
                continue;
            foreach (var sentence in Sentences(hit.Text))
            {
                var folded = Grams.Fold(sentence);
                if (pasts.Any(p => p.IsMatch(folded)))
                    continue;
                var start = 0;
                foreach (var clause in sentence.Split(ClauseBreaks))
                {
                    var foldedClause = folded.Substring(start, clause.Length);
                    start += clause.Length + 1;
                    var at = names.Select(n => foldedClause.IndexOf(n, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
                    if (at < 0 || !foldedClause.AsSpan(at).ContainsAnyInRange('0', '9'))
                        continue;
                    return (clause[at..].Trim(), new AskEvidence(hit.DocumentId, hit.Title, hit.SectionPath, sentence));
                }
            }
        }
        return null;
    }

    private static readonly char[] ClauseBreaks = ['，', '；', ',', ';', '。', '：'];

    /// <summary>Targets that fit the question, best first.</summary>
    private List<TargetRecord> RankTargets(Question q, IEnumerable<PlanRecords> plans, double accept) =>
        Rank(q, plans, accept).Select(s => s.Record).ToList();

    private sealed record Scored(TargetRecord Record, double Score);

    private static List<Scored> Rank(Question q, IEnumerable<PlanRecords> plans, double accept)
    {
        var scored = new List<(TargetRecord Target, double Score, int Order)>();
        var order = 0;
        foreach (var plan in plans)
            foreach (var t in plan.Targets)
            {
                order++;
                var fit = MetricFit(q, t);
                if (fit < 0)
                    continue;
                var numberHit = NumberHit(q, t.Target);
                var cover = q.TopicGrams.CoveredBy(t.Sentence);
                if (fit < accept && !(numberHit && cover >= PassageAccept && accept < ListAccept))
                    continue;
                var score = 2 * fit + 0.5 * cover + (numberHit ? 1 : 0) + YearScore(q, t.Target)
                    + (q.BaselineYear is { } b && t.Target.BaselineYear == b ? 0.1 : 0);
                scored.Add((t, score, order));
            }
        return scored.OrderByDescending(s => s.Score).ThenBy(s => s.Order).Select(s => new Scored(s.Target, s.Score)).ToList();
    }

    /// <summary>How surely a target is about the metric asked: 1 when the taxonomy gives both the same id,
    /// −1 when it gives them different ids, otherwise the share of the target's metric name the question
    /// contains.</summary>
    private static double MetricFit(Question q, TargetRecord t)
    {
        if (q.Metrics.Count > 0 && t.Target.MetricId is { } id)
            return q.Metrics.Any(m => m.Metric.Id == id) ? 1 : -1;
        return t.Metric.CoveredBy(q.AllGrams);
    }

    private static bool NumberHit(Question q, Target t) =>
        q.Numbers.Any(n => n.Value == t.Value && (n.Unit is null || n.Unit == t.Unit));

    private static double YearScore(Question q, Target t) =>
        q.Years.Count == 0 ? 0
        : t.Deadline is not { } year ? -0.1
        : q.Years.Contains(year) ? 0.5 : -0.6;

    /// <summary>The best target, and when the question wants several (two 多少, 2025年和2030年), the others
    /// that add a year or a metric the chosen ones do not cover.</summary>
    private static List<TargetRecord> Choose(Question q, List<Scored> scored)
    {
        var best = scored[0].Record;
        var chosen = new List<TargetRecord> { best };
        if (!q.Plural)
        {
            // Targets the question cannot tell apart from one sentence are all its answer (居住建筑65%、公共建筑72%).
            chosen.AddRange(scored.Skip(1).TakeWhile(c => c.Score >= scored[0].Score - 0.01)
                .Where(c => c.Record.Target.Evidence.Sentence == best.Target.Evidence.Sentence && !SameMetric(c.Record.Target, best.Target))
                .Select(c => c.Record).Take(MaxAnswers - 1));
            return chosen.OrderBy(c => c.Order).ToList();
        }
        foreach (var c in scored.Skip(1).Select(c => c.Record))
        {
            if (chosen.Count >= MaxAnswers)
                break;
            var t = c.Target;
            if (chosen.Any(x => x.Target.Metric == t.Metric && x.Target.Deadline == t.Deadline && x.Document.Id == c.Document.Id))
                continue;
            var newYear = q.Years.Count >= 2 && t.Deadline is { } year && q.Years.Contains(year)
                && chosen.All(x => x.Target.Deadline != year) && SameMetric(best.Target, t);
            var inYears = q.Years.Count == 0 || t.Deadline is { } y && q.Years.Contains(y);
            var newMetric = inYears && chosen.All(x => !SameMetric(x.Target, t))
                && AddsWords(q, c, chosen);
            if (newYear || newMetric)
                chosen.Add(c);
        }
        return chosen.OrderBy(c => c.Target.Deadline ?? 0).ThenBy(c => c.Order).ToList();
    }

    // A second metric counts when its name covers at least two of the question's pairs that the
    // chosen ones leave uncovered (分散式充电桩 after 集中式充电站).
    private static bool AddsWords(Question q, TargetRecord candidate, List<TargetRecord> chosen)
    {
        var left = chosen.Aggregate(q.TopicGrams, (g, x) => g.Except(x.Metric));
        return left.SharedWith(candidate.Metric) >= 2;
    }

    private static bool SameMetric(Target a, Target b) =>
        a.MetricId is { } id && id == b.MetricId || a.Metric == b.Metric;

    // Labels tell several answers apart: the metric when they differ in metric, the year when in year.
    private static List<string> Labels(List<TargetRecord> chosen, bool byYear = true)
    {
        if (chosen.Count < 2)
            return chosen.Select(_ => "").ToList();
        var metrics = chosen.Select(c => c.Target.Metric).Distinct().Count() > 1;
        var years = byYear && chosen.Select(c => c.Target.Deadline).Distinct().Count() > 1;
        var regions = chosen.Select(c => c.Document.Region).Distinct().Count() > 1;
        return chosen.Select(c => string.Concat(
            regions ? c.Document.Region : "",
            metrics ? c.Target.Metric : "",
            years && c.Target.Deadline is { } y ? AskMessages.Year(y) : "")).ToList();
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
                if (t.Target.Owners.Count > 0)
                    candidates.Add(new Owned(t.Target.Owners, score, t.Target.Evidence.Sentence, t.Target.Evidence, plan.Document, t.Sentence));
                else if (score > bestOwnerlessScore)
                    (bestOwnerless, bestOwnerlessScore) = (t, score);
            }
            foreach (var d in plan.Duties)
            {
                var score = Math.Max(q.TopicGrams.CoveredBy(d.Head), 0.85 * q.TopicGrams.CoveredBy(d.Text))
                    + (q.Numbers.Any(n => d.Duty.Text.Contains(ValueText.Number(n.Value), StringComparison.Ordinal)) ? 0.3 : 0);
                if (IsGeneric(d.Duty.Department))
                    score *= 0.5;
                candidates.Add(new Owned([d.Duty.Department], score, d.Duty.Text, d.Duty.Evidence, plan.Document, d.Text));
            }
            foreach (var m in plan.Measures)
            {
                if (m.Measure.Owners.Count == 0)
                    continue;
                var score = 0.9 * q.TopicGrams.CoveredBy(m.Text)
                    + (q.Numbers.Any(n => m.Measure.Text.Contains(ValueText.Number(n.Value), StringComparison.Ordinal)) ? 0.3 : 0);
                candidates.Add(new Owned(m.Measure.Owners, score, m.Measure.Text, m.Measure.Evidence, plan.Document, m.Text));
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
            return NotFound(q, AskMessages.NotFound(Subject(q, regions), q.Intent), Passages(q, regions));
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

    private bool IsGeneric(string body) => _analyzer.Rules.GenericBodies.Contains(Grams.Fold(body)) ||
        _analyzer.Rules.GenericBodies.Contains(_store.BodyCore(body));

    private AskResult Duty(Question q, List<string> regions)
    {
        var matches = DutiesOf(q, _store.Plans(regions));
        if (matches.Count == 0 && regions.Count > 0)
            matches = DutiesOf(q, _store.Plans([]));
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
        if (core.Length >= 2 && q.Folded.Contains(core, StringComparison.Ordinal))
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
            return NotFound(q, AskMessages.NotFound(Subject(q, regions, q.Organisation), q.Intent), Passages(q, regions));
        var strongest = texts.Max(t => t.Strength);
        var chosen = texts.Where(t => t.Strength == strongest).Take(MaxAnswers).ToList();
        var lines = chosen.Select(t => Trim(t.Text, MaxDutyChars)).Distinct().ToList();
        return Found(q, string.Join("\n", lines), lines, chosen.Select(t => Evidence(t.Source, t.Document)));
    }

    // Duties of one body, one after another: 负责…。组织…。
    private static string JoinSentences(IEnumerable<string> texts) =>
        string.Concat(texts.Select(t => t.Length > 0 && "。；;！？".Contains(t[^1]) ? t : t + "。"));

    // 要统筹控制… → 统筹控制…: the modal verb belongs to the sentence, not to the duty.
    private static string DutyText(string text)
    {
        var t = text.Trim();
        return t.StartsWith('要') && t.Length > 1 ? t[1..] : t;
    }

    // ---- lists and comparisons ------------------------------------------------------------------

    private AskResult List(Question q, List<string> regions)
    {
        var scope = regions.Count > 0 ? regions : _store.Regions.ToList();
        var found = new List<(string Region, TargetRecord Target)>();
        foreach (var region in scope)
        {
            var ranked = RankTargets(q, _store.Plans([region]), ListAccept);
            if (ranked.Count > 0)
                found.Add((region, ranked[0]));
        }
        if (found.Count > 0)
        {
            var names = found.Select(f => f.Region).ToList();
            return Found(q, string.Join("、", names),
                found.Select(f => $"{f.Region}：{_values.WithDirection(f.Target.Target)}{YearNote(f.Target.Target)}").ToList(),
                found.Select(f => Evidence(f.Target)));
        }
        // No target: regions whose plans have a passage holding the question's words.
        var hits = Search(q, regions, 30).Where(h => h.Region is not null && q.TopicGrams.CoveredBy(Grams.Of(Grams.Fold(h.Text))) >= ListAccept)
            .DistinctBy(h => h.Region).ToList();
        if (hits.Count == 0)
            return NotFound(q, AskMessages.NotFound(Subject(q, regions), q.Intent), Passages(q, regions));
        var regionNames = hits.Select(h => h.Region!).ToList();
        return Found(q, string.Join("、", regionNames), regionNames, hits.Select(h => Evidence(q, h)));
    }

    private AskResult Compare(Question q, List<string> regions)
    {
        var scope = regions.Count > 0 ? regions : _store.Regions.ToList();
        var perRegion = scope.Select(r => (Region: r, Ranked: RankTargets(q, _store.Plans([r]), MetricAccept))).ToList();
        if (perRegion.All(p => p.Ranked.Count == 0))
            return NotFound(q, AskMessages.NotFound(Subject(q, regions), q.Intent), Passages(q, regions));

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
        var hits = Search(q, regions, 10);
        // The index ranks paragraphs; the answer is the sentence that holds most of the question's words,
        // rare words counting more than common ones (秸秆 over 推进) among the sentences found.
        var sentences = hits.SelectMany(h => Sentences(h.Text).Select(s => (Hit: h, Text: s, Grams: Grams.Of(Grams.Fold(s))))).ToList();
        var asked = q.TopicGrams.Count > 0 ? q.TopicGrams : q.AllGrams;
        var weights = asked.Rarity(sentences.Select(s => s.Grams).ToList());
        var best = sentences.Select(s => (s.Hit, s.Text, Cover: asked.CoveredBy(s.Grams, weights), Plain: asked.CoveredBy(s.Grams)))
            .Where(s => s.Plain >= PassageAccept).OrderByDescending(s => s.Cover).DistinctBy(s => s.Hit).Take(EvidenceCount).ToList();
        if (best.Count == 0)
            return NotFound(q, AskMessages.NotFound(Subject(q, regions), q.Intent), hits.Take(EvidenceCount).Select(h => Evidence(q, h)).ToList());
        return Found(q, best[0].Text, [best[0].Text],
            best.Select(b => new AskEvidence(b.Hit.DocumentId, b.Hit.Title, b.Hit.SectionPath, b.Text)));
    }

    private IReadOnlyList<SearchHit> Search(Question q, List<string> regions, int limit)
    {
        var reader = _store.Reader;
        var query = string.Join(' ', SearchWords(q, reader.Segmenter));
        if (query.Length == 0)
            query = q.Text;
        if (regions.Count == 1)
            return reader.Search(new SearchRequest(query, regions[0], Limit: limit));
        var hits = reader.Search(new SearchRequest(query, Limit: regions.Count == 0 ? limit : limit * 4));
        return regions.Count == 0 ? hits : hits.Where(h => h.Region is { } r && regions.Contains(r)).Take(limit).ToList();
    }

    // The topic's words as separate search terms (推进 秸秆 综合 利用): each must occur, in any order.
    // ICU cuts words it does not know into single characters: a row of those is one word again. A long
    // word (a lexicon compound such as 秸秆综合利用) goes in as its two-character parts, so a plan that
    // writes 秸秆等固体废弃物……综合利用 still matches.
    private static IEnumerable<string> SearchWords(Question q, Segmenter segmenter) =>
        Words(q, segmenter).SelectMany(Pairs).Distinct();

    // 秸秆综合利用 → 秸秆 综合 利用; an odd last character joins the pair before it (碳达峰 stays whole).
    private static IEnumerable<string> Pairs(string word)
    {
        if (word.Length < 4)
        {
            yield return word;
            yield break;
        }
        for (var i = 0; i < word.Length; i += 2)
        {
            var length = word.Length - i == 3 ? 3 : 2;
            yield return word.Substring(i, length);
            i += length - 2;
        }
    }

    private static IEnumerable<string> Words(Question q, Segmenter segmenter)
    {
        foreach (var run in q.Topic.Where(t => t.Length >= 2))
        {
            var pending = "";
            foreach (var word in segmenter.Words(run))
            {
                if (segmenter.Lexicon.Stopwords.Contains(word))
                    continue;
                if (word.Length == 1)
                {
                    pending += word;
                    continue;
                }
                if (pending.Length >= 2)
                    yield return pending;
                pending = "";
                yield return word;
            }
            if (pending.Length >= 2)
                yield return pending;
        }
    }

    private List<AskEvidence> Passages(Question q, List<string> regions) =>
        Search(q, regions, EvidenceCount).Select(h => Evidence(q, h)).ToList();

    private static (string Text, double Cover) BestSentence(Question q, string text)
    {
        var best = ("", -1.0);
        foreach (var sentence in Sentences(text))
        {
            var cover = (q.TopicGrams.Count > 0 ? q.TopicGrams : q.AllGrams).CoveredBy(Grams.Of(Grams.Fold(sentence)));
            if (cover > best.Item2)
                best = (sentence, cover);
        }
        return best;
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

    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
            if (text[i] is '。' or '！' or '？' or '!' or '?' or '；' or ';')
            {
                if (i + 1 - start > 1)
                    yield return text[start..(i + 1)].Trim();
                start = i + 1;
            }
        if (text.Length - start > 1)
            yield return text[start..].Trim();
    }

    private static string Trim(string text, int max)
    {
        if (text.Length <= max)
            return text;
        var cut = text.LastIndexOf('。', max - 1);
        return cut > max / 2 ? text[..(cut + 1)] : text[..max] + "…";
    }

    // ---- results --------------------------------------------------------------------------------

    private string Subject(Question q, List<string> regions, string? what = null) =>
        AskMessages.Subject(regions, what ?? q.MetricPhrase ?? q.Topic.MaxBy(t => t.Length));

    private AskEvidence Evidence(TargetRecord t) => Evidence(t.Target.Evidence, t.Document);

    private static AskEvidence Evidence(Evidence source, DocumentInfo document) =>
        new(document.Id, document.Title, source.SectionPath, source.Sentence);

    private static AskEvidence Evidence(Question q, SearchHit hit) =>
        new(hit.DocumentId, hit.Title, hit.SectionPath, BestSentence(q, hit.Text).Text is { Length: > 0 } s ? s : hit.Text);

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

using PolicyKB.Core;
using PolicyKB.Extract.Text;
using PolicyKB.Rules;

namespace PolicyKB.Extract.Targets;

/// <summary>Reads the targets of one sentence: each number with a unit that is not ruled out, with the
/// metric named before it (or after it), its direction, qualifier, baseline year and the sentence's own
/// deadline. Works on the masked fold and quotes the original.</summary>
/// <remarks>
/// The shapes of the genre, for a number Q in a clause:
///   NOUN [比2020年] VERB [qualifier] Q [以上]   单位地区生产总值能耗比2020年下降13%
///   VERB NOUN Q                               新建集中式充电站254座 (the verb stays in the metric)
///   VERB Q [的] NOUN                          累计实施100个重点技术改造项目; 基本具备5%以上的尖峰负荷响应能力
///   Q [以上]的 NOUN VERB …                     80%以上的县级及以上党政机关达到节约型机关创建要求
///   NOUN Q NOUN                               居住建筑65%节能标准
///   NOUN VERB Q 的 NOUN                        快充站覆盖50%的公路客运枢纽站
///   NOUN1和NOUN2分别 VERB Q1和Q2              单位地区生产总值能耗和二氧化碳排放分别下降13%、18%
/// Several numbers in one clause split it at the 、/和 before each; a number with no noun of its own
/// takes the previous one's (到2030年达到100万吨).
/// </remarks>
internal sealed class TargetReader
{
    private const string Respectively = "分别";

    // X和Y各10个: one number for each of the nouns before it
    private const string Each = "各";

    // 化肥、农药利用率均达到43%: one value for every noun of the list (not 年均, 人均: a way of counting)
    private const string All = "均";
    private const string CountedBy = "年人日月户亩";
    private const string ListJoiners = "、和与及";

    // Between two numbers a bracket opens a remark about the first (…100万千瓦以上（其中分布式光伏50万千瓦）).
    private const string SegmentBreaks = ListJoiners + "（(";
    private const string Etc = "等";
    private static readonly System.Buffers.SearchValues<char> NounStops = System.Buffers.SearchValues.Create("）)】]，,。；;：:");

    private readonly RuleSet _rules;
    private readonly PatternSet _patterns;
    private readonly QuantityFinder _quantities;
    private readonly YearFinder _years;
    private readonly (string Word, DirectionWord? Direction, QualifierWord? Qualifier, bool Respectively, bool Each)[] _leftWords;

    // _leftWords by their last character, longest first as there: only those can end where the walk stands.
    private readonly Dictionary<char, (string Word, DirectionWord? Direction, QualifierWord? Qualifier, bool Respectively, bool Each)[]>? _leftWordsByLast;
    private readonly QualifierWord[] _after;

    // The direction words by their first character, in file order as there (null when one is empty): the
    // phrase scans (LeadVerb, FirstDirection) try at every position only the words that can start there.
    private readonly Dictionary<char, DirectionWord[]>? _directionsByFirst;
    private readonly QualifierWord[] _hedges;

    // The rules' regexes behind their quick tests (see GuardedRegex).
    private readonly (GuardedRegex? Before, GuardedRegex? After)[] _notTargets;
    private readonly GuardedRegex[] _pasts;
    private readonly GuardedRegex[] _metricTrims;
    private readonly GuardedRegex[] _metricEndTrims;

    public TargetReader(RuleSet rules)
    {
        _rules = rules;
        _patterns = rules.Patterns;
        _quantities = new QuantityFinder(rules);
        _years = new YearFinder(rules.Patterns);
        var words = _patterns.Directions.Select(d => d.Word)
            .Concat(_patterns.Qualifiers.Where(q => q.Position != QualifierPosition.After).Select(q => q.Word))
            .Append(Respectively).Append(Each).Append(All).Distinct();
        _leftWords = words.Select(w => (w,
                _patterns.Directions.FirstOrDefault(d => d.Word == w),
                _patterns.Qualifiers.FirstOrDefault(q => q.Word == w && q.Position != QualifierPosition.After),
                w == Respectively, w is Each or All))
            .OrderByDescending(w => w.Item1.Length).ToArray();
        _leftWordsByLast = CharGroups.ByLast(_leftWords, w => w.Word);
        _directionsByFirst = CharGroups.ByFirst(_patterns.Directions.ToArray(), d => d.Word);
        _after = _patterns.Qualifiers.Where(q => q.Position == QualifierPosition.After).ToArray();
        _hedges = _patterns.Qualifiers.Where(q => q.Position == QualifierPosition.Hedge).ToArray();
        _notTargets = _patterns.NotTargets.Select(r => (Guard(r.Before), Guard(r.After))).ToArray();
        _pasts = _patterns.Pasts.Select(r => new GuardedRegex(r)).ToArray();
        _metricTrims = _patterns.MetricTrims.Select(r => new GuardedRegex(r)).ToArray();
        _metricEndTrims = _patterns.MetricEndTrims.Select(r => new GuardedRegex(r)).ToArray();
    }

    private static GuardedRegex? Guard(System.Text.RegularExpressions.Regex? regex) => regex is null ? null : new GuardedRegex(regex);

    public YearFinder Years => _years;

    /// <summary>Whether the passage holds any number with a unit.</summary>
    public bool HasQuantity(Passage passage) => _quantities.Any(passage.Masked, new Span(0, passage.Length));

    /// <summary>The targets of <paramref name="sentence"/> in <paramref name="passage"/>.
    /// <paramref name="presentYear"/>: statements dated before it are the past, not targets.</summary>
    /// <paramref name="clauses"/>: the sentence's clauses in the masked text, when the caller has them already.
    public List<FoundTarget> Read(Passage passage, Span sentence, int presentYear, SentenceYears? years = null, List<Span>? clauses = null)
    {
        var text = passage.Masked;
        if (!_quantities.Any(text, sentence))
            return [];
        years ??= _years.Of(text, sentence);
        var (baselines, deadlines) = (years.Baselines, years.Deadlines);
        var found = new List<FoundTarget>();
        foreach (var clause in clauses ?? Splitter.Clauses(text, sentence))
        {
            // a clause about the past is passed over before its numbers are each tested against not_targets
            var quantities = _quantities.Find(text, clause);
            if (quantities.Count == 0 || IsPast(text, clause, deadlines, presentYear))
                continue;
            for (var k = quantities.Count - 1; k >= 0; k--)
                if (RuledOut(text, clause, quantities[k]))
                    quantities.RemoveAt(k);
            if (quantities.Count == 0)
                continue;
            var context = new ClauseContext(passage, sentence, clause, baselines, deadlines, found) { Quantities = quantities };
            for (var i = 0; i < quantities.Count; i++)
            {
                var segment = Segment(text, clause, quantities, i);
                found.AddRange(Read(context, segment, quantities[i]));
            }
        }
        return found;
    }

    private sealed class ClauseContext(Passage passage, Span sentence, Span clause, List<YearMention> baselines,
        List<YearMention> deadlines, List<FoundTarget> found)
    {
        public Passage Passage { get; } = passage;
        public Span Sentence { get; } = sentence;
        public Span Clause { get; } = clause;
        public List<YearMention> Baselines { get; } = baselines;
        public List<YearMention> Deadlines { get; } = deadlines;
        public List<FoundTarget> Found { get; } = found;
        public FoundTarget? PreviousInClause { get; set; }
        public List<Quantity> Quantities { get; init; } = [];

        // 分别: the nouns still waiting for their numbers, and what they share
        public Queue<string>? RespectiveMetrics { get; set; }
        public FoundTarget? RespectiveFirst { get; set; }
    }

    /// <summary>The part of the clause that belongs to quantity i: from after the 、/和 that follows the
    /// previous quantity (or the clause start) to the 、/和 before the next one (or the clause end).</summary>
    private static Span Segment(string text, Span clause, List<Quantity> quantities, int i)
    {
        var start = i == 0 ? clause.Start : Boundary(text, quantities[i - 1].Span.End, quantities[i].Span.Start) ?? quantities[i - 1].Span.End;
        var end = i == quantities.Count - 1
            ? clause.End
            : (Boundary(text, quantities[i].Span.End, quantities[i + 1].Span.Start) is { } next ? next - 1 : quantities[i + 1].Span.Start);
        return new Span(start, Math.Max(start, end));
    }

    /// <summary>The offset just after the last list joiner (、和与及) or opening bracket between two quantities.</summary>
    private static int? Boundary(string text, int from, int to)
    {
        for (var k = to - 1; k >= from; k--)
            if (SegmentBreaks.Contains(text[k]))
                return k + 1;
        return null;
    }

    private IEnumerable<FoundTarget> Read(ClauseContext context, Span segment, Quantity quantity)
    {
        var passage = context.Passage;
        var text = passage.Masked;

        // Walk left from the number over baseline, verb and qualifiers: 比2020年 | 下降 | 力争超过 …
        var leftEnd = quantity.Span.Start;
        DirectionWord? direction = null;
        QualifierWord? before = null, hedge = null;
        int? baseline = null;
        var respectively = false;
        var each = false;
        Span? verb = null;
        while (true)
        {
            leftEnd = TrimEndSpaces(text, segment.Start, leftEnd);
            if (EndingAt(context.Baselines, segment.Start, leftEnd) is { } b)
            {
                baseline ??= b.Year;
                leftEnd = b.Span.Start;
                continue;
            }
            var word = LeftWord(text, segment.Start, leftEnd);
            if (word.Word is null)
            {
                if (EndTrim(text, segment.Start, leftEnd) is { } cut)
                {
                    // 由2020年的10%提高到: the year the change starts from is its baseline
                    baseline ??= Within(context.Baselines, cut, leftEnd)?.Year;
                    leftEnd = cut;
                    continue;
                }
                // 新建居住建筑、公共建筑分别执行75%、78%节能标准: a verb of the phrase standing right before the
                // number governs it as reaching a level
                if (direction is null && WordEndingAt(_patterns.MetricCutAfter, text, segment.Start, leftEnd) is { } inner)
                {
                    direction = new DirectionWord(inner, Direction.Reach);
                    verb = new Span(leftEnd - inner.Length, leftEnd);
                    leftEnd -= inner.Length;
                    continue;
                }
                break;
            }
            if (word.Direction is { TakesObject: true } && direction is null)
            {
                var rest = leftEnd - word.Word.Length;
                var ignoredHedge = (QualifierWord?)null;
                if (TrimMetricStart(text, segment.Start, rest, ref ignoredHedge) < rest)
                    break;   // 既有建筑节能改造20万平方米: the verb belongs to the noun before it
            }
            if (word.Direction is not null && direction is null)
            {
                direction = word.Direction;
                verb = new Span(leftEnd - word.Word.Length, leftEnd);
            }
            if (word.Qualifier is { Position: QualifierPosition.Before } && before is null)
                before = word.Qualifier;
            if (word.Qualifier is { Position: QualifierPosition.Hedge } && hedge is null)
                hedge = word.Qualifier;
            respectively |= word.Respectively;
            each |= word.Each;
            leftEnd -= word.Word.Length;
        }

        // The noun before: cut lead-ins (到2025年, 全市, 力争 …), noting hedges among them and a verb
        // opening the phrase (完成, 实现).
        var preStart = TrimMetricStart(text, segment.Start, leftEnd, ref hedge);
        var leadVerb = LeadVerb(text, segment.Start, preStart);
        var pre = new Span(preStart, Math.Max(preStart, leftEnd));

        // After the number: a qualifier (以上, 左右), then perhaps 的 and a noun.
        var afterStart = SkipSpaces(text, quantity.Span.End, segment.End);
        var after = AfterAt(text, afterStart, segment.End);
        if (after is not null)
            afterStart += after.Word.Length;
        var hasDe = afterStart < segment.End && text[SkipSpaces(text, afterStart, segment.End)] == '的';
        var rightNoun = RightNoun(text, afterStart, segment.End);

        // 累计完成植树造林和森林质量精准提升12万亩: an object verb opening the phrase governs an amount; a
        // 提升 just before the number is then part of its object, not the goal's verb
        if (leadVerb is { TakesObject: true } && direction is { Direction: Direction.Increase, TakesObject: false } && verb is { } adjacent
            && quantity.Rule.Canonical is not ("%" or "percentage point") && pre.Length > 0)
        {
            pre = new Span(pre.Start, adjacent.End);
            direction = leadVerb;
            verb = null;
        }

        var pieces = new List<Span>();
        if (direction is not null)
        {
            if (pre.Length == 0)
                Add(pieces, rightNoun);
            else
            {
                pieces.Add(pre);
                if (hasDe && rightNoun.Length > 0)
                {
                    pieces.Add(verb!.Value);   // 快充站覆盖 + 公路客运枢纽站
                    pieces.Add(rightNoun);
                }
            }
        }
        else
        {
            // No verb next to the number: the noun starts after the last verb inside it.
            pre = CutAfterInnerVerb(text, pre);
            // 新建充电桩2000个: a leading verb governs, unless a qualifier says the number is a level
            // (新增和更新公交车中新能源汽车比例不低于80%)
            if (before is null && StartingDirection(text, pre) is { } leading)
            {
                direction = leading;
                // 创建省级以上绿色工厂5家 names 省级以上绿色工厂; 新建/新增 stay (新建集中式充电站 is what is counted)
                if (leading.TakesObject)
                    pre = new Span(pre.Start + leading.Word.Length, pre.End);
            }
            // 80%以上的县级党政机关建成节约型机关: the number is a share of things that act; their verb
            // gives the direction, a share of them created is still a level reached
            else if (pre.Length == 0 && FirstDirection(text, rightNoun) is { } inside)
                direction = inside.TakesObject ? inside with { Direction = Direction.Reach, TakesObject = false } : inside;
            else if (before is null && leadVerb is not null)
                direction = leadVerb;   // 完成既有公共建筑节能改造八万平方米: the verb cut as a lead-in
            // 全县公共机构实施既有建筑节能改造三万平方米: a verb taking an object inside the phrase, after
            // its subject, governs the number; what it takes is the metric
            // (新增 too, for an amount: 全区公共机构新增新能源公务用车150辆; a share of 新建建筑 is a level)
            else if (before is null && InnerObjectVerb(text, pre, addsNew: quantity.Rule.Canonical is not ("%" or "percentage point")) is var (inner, at))
            {
                direction = inner;
                pre = new Span(at, pre.End);
            }
            Add(pieces, pre);
            Add(pieces, rightNoun);
        }

        // 分别: NOUN1和NOUN2分别下降 Q1、Q2 (…分别执行75%、78%节能标准: the noun after the last number
        // belongs to every one of them). 各: NOUN1和NOUN2各 Q — one number for each.
        if ((respectively || each) && pieces.Count == 1 && pieces[0] == pre)
        {
            var parts = SplitList(text, pre);
            if (parts.Count > 1)
            {
                var tail = respectively ? passage.Squeezed(RunTail(text, context)) : "";
                var names = SharePrefix(ShareTail(parts.Select(passage.Squeezed).ToList())).Select(n => n + tail).ToList();
                if (each)
                {
                    var all = new List<FoundTarget>(names.Count);
                    foreach (var n in names)
                        all.Add(Remember(context, Build(context, quantity, n, direction, before, hedge, after, baseline, segment)));
                    return all;
                }
                context.RespectiveMetrics = new Queue<string>(names.Skip(1));
                var first = Build(context, quantity, names[0], direction, before, hedge, after, baseline, segment);
                context.RespectiveFirst = first;
                return [Remember(context, first)];
            }
        }
        if (pre.Length == 0 && verb is null && context.RespectiveMetrics is { Count: > 0 } waiting && context.RespectiveFirst is { } shared)
        {
            var next = Build(context, quantity, waiting.Dequeue(), new DirectionWord("", shared.Direction), before, hedge, after, shared.BaselineYear, segment);
            return [Remember(context, next)];
        }

        var metric = pieces.Count == 1 ? passage.Squeezed(pieces[0]) : string.Concat(pieces.ConvertAll(passage.Squeezed));
        if (metric.Length == 0)
            metric = context.PreviousInClause?.Metric ?? context.Found.LastOrDefault()?.Metric ?? "";
        if (metric.Length == 0)
            return [];
        // 争创5家以上X、1家以上Y; 新建充电桩2000个、换电站10座: a list item without a verb shares the verb
        // of the item before it
        direction ??= context.PreviousInClause is { } previous && pieces.Count > 0
                      && segment.Start > context.Clause.Start && ListJoiners.Contains(text[segment.Start - 1])
            ? new DirectionWord("", previous.Direction)
            : null;

        // Sums of money and the like are budgets unless a verb or qualifier sets them as a goal
        // (绿色信贷余额达到500亿元, 营业收入突破300亿元)
        if (quantity.Rule.NeedsVerb && direction is null && before is null)
            return [];

        // A Chinese numeral counts only where the wording makes it a goal (两高, 三线一单 … never reach here
        // for want of a unit; 一批, 一个 … are not goals).
        if (quantity.IsChinese && direction is null && after is null && quantity.Unit != "%")
            return [];
        if (quantity.IsChinese && quantity.Unit != "%" && quantity.Value < 2)
            return [];

        return [Remember(context, Build(context, quantity, metric, direction, before, hedge, after, baseline, segment))];
    }

    /// <summary>The longest direction or qualifier word ending at <paramref name="end"/> (均 not after 年, 人 …).</summary>
    private (string Word, DirectionWord? Direction, QualifierWord? Qualifier, bool Respectively, bool Each) LeftWord(string text, int start, int end)
    {
        var words = _leftWords;
        if (_leftWordsByLast is not null && (end <= start || !_leftWordsByLast.TryGetValue(text[end - 1], out words)))
            return default;
        foreach (var w in words)
            if (EndsWith(text, start, end, w.Word) && !(w.Word == All && end - 2 >= start && CountedBy.Contains(text[end - 2])))
                return w;
        return default;
    }

    private static FoundTarget Remember(ClauseContext context, FoundTarget target)
    {
        context.PreviousInClause = target;
        return target;
    }

    private FoundTarget Build(ClauseContext context, Quantity quantity, string metric, DirectionWord? directionWord,
        QualifierWord? before, QualifierWord? hedge, QualifierWord? after, int? baseline, Span segment)
    {
        var passage = context.Passage;
        var direction = directionWord?.Direction ?? Direction.Reach;
        // 累计实施100个…: with 累计 a number of things created is a running total to reach
        if (direction == Direction.Increase && directionWord is { TakesObject: true } && hedge?.Word == "累计")
            direction = Direction.Reach;
        var deadline = DeadlineOf(context, quantity);
        // 年均下降4.2%: a yearly rate is measured year on year, from no base year it could share
        var yearly = hedge?.Word is "年均" or "平均每年";
        baseline ??= BaselineBefore(context, segment) ?? (quantity.IsRange || yearly ? null : SharedBaseline(context, direction));
        // "十四五 … 累计降低 17%": a cumulative change over a five-year period is measured from the
        // year before the period starts (十四五 → 2020). Without 累计 no baseline is implied.
        if (baseline is null && hedge?.Word == "累计" && direction is Direction.Decrease or Direction.Increase
            && PeriodNamed(context, quantity) is { } period)
            baseline = period.Start - 1;

        string? qualifier;
        Comparator comparator;
        if (quantity.IsRange)
        {
            qualifier = passage.Squeezed(quantity.Span);
            comparator = Comparator.Range;
        }
        else if ((after ?? before ?? hedge) is { } q)
        {
            qualifier = q.Word;
            comparator = q.Comparator;
        }
        else
        {
            qualifier = null;
            comparator = Comparator.Equal;
        }
        if (direction == Direction.Cap && comparator == Comparator.Equal)
            comparator = Comparator.AtMost;
        // 降至295克标准煤/千瓦时以下, 比重不超过20%: a level with a ceiling is a cap
        if (direction == Direction.Reach && comparator == Comparator.AtMost)
            direction = Direction.Cap;

        return new FoundTarget(quantity.Span, metric, quantity.Value, quantity.Unit, quantity.Rule, direction,
            qualifier, comparator, baseline, deadline);
    }

    /// <summary>The noun after the last number of the clause (…75%、78%节能标准 → 节能标准).</summary>
    private Span RunTail(string text, ClauseContext context)
    {
        var last = context.Quantities[^1];
        var start = SkipSpaces(text, last.Span.End, context.Clause.End);
        if (AfterAt(text, start, context.Clause.End) is { } after)
            start += after.Word.Length;
        return RightNoun(text, start, context.Clause.End);
    }

    /// <summary>The deadline written in the target's own clause (nearest before the number, else after
    /// it), else the last one earlier in the sentence.</summary>
    private static int? DeadlineOf(ClauseContext context, Quantity quantity)
    {
        YearMention? firstIn = null, before = null, earlier = null;
        foreach (var d in context.Deadlines)
        {
            if (context.Clause.Contains(d.Span.Start))
            {
                firstIn ??= d;
                if (d.Span.Start < quantity.Span.Start)
                    before = d;
            }
            if (d.Span.End <= context.Clause.Start)
                earlier = d;
        }
        return (before ?? firstIn ?? earlier)?.Year;
    }

    private Period? PeriodNamed(ClauseContext context, Quantity quantity)
    {
        YearMention? mention = null;
        foreach (var d in context.Deadlines)
            if (d.Span.Start < quantity.Span.Start)
                mention = d;
        return mention is null ? null : _years.PeriodIn(context.Passage.Masked, mention.Span);
    }

    /// <summary>…能耗较2020年下降15%，…用水量下降16%: a change enumerated after one measured from a year, with
    /// the same direction and no year of its own, shares that year (within one sentence). A range (下降13%—15%)
    /// is a band set on its own and shares nothing.</summary>
    private static int? SharedBaseline(ClauseContext context, Direction direction) =>
        direction is Direction.Decrease or Direction.Increase && context.Found.LastOrDefault() is { BaselineYear: { } year } previous
        && previous.Direction == direction && previous.Quantity.Start >= context.Sentence.Start
            ? year
            : null;

    /// <summary>A baseline phrase standing on its own earlier in the sentence (与2020年相比，…).</summary>
    private static int? BaselineBefore(ClauseContext context, Span segment)
    {
        for (var k = context.Baselines.Count - 1; k >= 0; k--)
        {
            var b = context.Baselines[k];
            if (b.Span.End <= segment.Start && b.Span.Start >= context.Sentence.Start && !FoundBetween(context.Found, b.Span.End, segment.Start))
                return b.Year;
        }
        return null;
    }

    /// <summary>Whether a target was found with its number strictly between two offsets.</summary>
    private static bool FoundBetween(List<FoundTarget> found, int from, int to)
    {
        foreach (var f in found)
            if (f.Quantity.Start > from && f.Quantity.Start < to)
                return true;
        return false;
    }

    // Loops, not LINQ, where every number's left walk passes: the lambdas' closures were much of what it allocated.

    /// <summary>The first mention ending at <paramref name="end"/> and starting at or after <paramref name="from"/>.</summary>
    private static YearMention? EndingAt(List<YearMention> mentions, int from, int end)
    {
        foreach (var m in mentions)
            if (m.Span.End == end && m.Span.Start >= from)
                return m;
        return null;
    }

    /// <summary>The first mention lying within [<paramref name="start"/>, <paramref name="end"/>).</summary>
    private static YearMention? Within(List<YearMention> mentions, int start, int end)
    {
        foreach (var m in mentions)
            if (m.Span.Start >= start && m.Span.End <= end)
                return m;
        return null;
    }

    /// <summary>The first of <paramref name="words"/> ending at <paramref name="end"/> (not before <paramref name="start"/>).</summary>
    private static string? WordEndingAt(IReadOnlyList<string> words, string text, int start, int end)
    {
        foreach (var w in words)
            if (EndsWith(text, start, end, w))
                return w;
        return null;
    }

    /// <summary>The first qualifier written after a number (以上, 左右) starting at <paramref name="start"/>.</summary>
    private QualifierWord? AfterAt(string text, int start, int end)
    {
        foreach (var q in _after)
            if (StartsWith(text, start, end, q.Word))
                return q;
        return null;
    }

    /// <summary>The first direction word (of two characters or more with <paramref name="longOnly"/>) starting at <paramref name="i"/>.</summary>
    private DirectionWord? DirectionAt(string text, int i, int end, bool longOnly = false)
    {
        IReadOnlyList<DirectionWord> words = _patterns.Directions;
        if (_directionsByFirst is not null)
        {
            if (i >= end || !_directionsByFirst.TryGetValue(text[i], out var starting))
                return null;
            words = starting;
        }
        foreach (var d in words)
            if ((!longOnly || d.Word.Length >= 2) && StartsWith(text, i, end, d.Word))
                return d;
        return null;
    }

    private bool RuledOut(string text, Span clause, Quantity quantity)
    {
        // Matched on spans (anchors and lookarounds see the span's ends, as on a substring), not copies.
        var before = text.AsSpan(clause.Start, quantity.Span.Start - clause.Start);
        var after = text.AsSpan(quantity.Span.End, clause.End - quantity.Span.End);
        // After first: anchored at the unit (^), it mostly fails at its first characters, where a before
        // pattern may scan back over the whole clause.
        foreach (var rule in _notTargets)
            if ((rule.After is null || rule.After.IsMatch(after)) && (rule.Before is null || rule.Before.IsMatch(before)))
                return true;
        return false;
    }

    /// <summary>A clause about the past: dated before the present year (“十三五”期间, 2020年) or worded so (已建成).</summary>
    private bool IsPast(string text, Span clause, List<YearMention> deadlines, int presentYear)
    {
        // the date in force for the clause: its own, else the last one earlier in the sentence (2022年，全区…)
        YearMention? own = null, earlier = null;
        foreach (var d in deadlines)
        {
            if (clause.Contains(d.Span.Start))
                own = d;
            if (d.Span.End <= clause.Start)
                earlier = d;
        }
        var dated = own ?? earlier;
        if (dated is not null && dated.Year < presentYear)
            return true;
        var part = text.AsSpan(clause.Start, clause.Length);
        foreach (var past in _pasts)
            if (past.IsMatch(part))
                return true;
        return false;
    }

    private int TrimMetricStart(string text, int start, int end, ref QualifierWord? hedge)
    {
        var changed = true;
        while (changed && start < end)
        {
            changed = false;
            var part = text.AsSpan(start, end - start);
            foreach (var trim in _metricTrims)
            {
                if (trim.FirstMatch(part) is not (0, > 0 and var length))
                    continue;
                hedge ??= Hedge(part[..length]);
                start += length;
                changed = true;
                break;
            }
        }
        // 废钢铁、废纸、废塑料等再生资源回收利用率: the list before 等 names examples, not the metric
        var etc = text.LastIndexOf(Etc, Math.Max(start, end - 1), Math.Max(0, end - start), StringComparison.Ordinal);
        if (etc > start && text.IndexOf('、', start, etc - start) >= 0 && end - etc > 2)
            start = etc + 1;
        return start;
    }

    private QualifierWord? Hedge(ReadOnlySpan<char> leadIn)
    {
        foreach (var hedge in _hedges)
            if (leadIn.StartsWith(hedge.Word, StringComparison.Ordinal))
                return hedge;
        return null;
    }

    /// <summary>A direction verb among the lead-ins cut from the phrase's start, if any (the last one).</summary>
    private DirectionWord? LeadVerb(string text, int start, int end)
    {
        DirectionWord? found = null;
        for (var i = start; i < end; i++)
            if (DirectionAt(text, i, end, longOnly: true) is { } word)
                found = word;
        return found;
    }

    /// <summary>Where a metric_end_trims phrase ending at <paramref name="end"/> starts, if one does.</summary>
    private int? EndTrim(string text, int start, int end)
    {
        if (end <= start)
            return null;
        var part = text.AsSpan(start, end - start);
        foreach (var trim in _metricEndTrims)
            if (trim.FirstMatch(part) is (var index, > 0 and var length) && index + length == part.Length)
                return start + index;
        return null;
    }

    private Span CutAfterInnerVerb(string text, Span pre)
    {
        var cut = pre.Start;
        foreach (var word in _patterns.MetricCutAfter)
        {
            var at = pre.Length == 0 ? -1 : text.LastIndexOf(word, pre.End - 1, pre.Length, StringComparison.Ordinal);
            if (at >= 0 && at + word.Length > cut && at + word.Length < pre.End)
                cut = at + word.Length;
        }
        // 新增可再生能源建筑应用面积: a cut leaving one bare word (面积, 规模) took a noun's part for a verb
        return pre.End - cut < MinCutMetric ? pre : new Span(cut, pre.End);
    }

    private const int MinCutMetric = 3;

    /// <summary>The last verb taking an object (实施, 建设, 遴选 …; with <paramref name="addsNew"/>, 新增 …) inside a
    /// phrase, not at its start and leaving a noun of two characters or more after it; with where that noun starts.</summary>
    private (DirectionWord Word, int NounStart)? InnerObjectVerb(string text, Span span, bool addsNew)
    {
        for (var i = span.End - 3; i > span.Start; i--)
            foreach (var d in _patterns.Directions)
                if ((d.TakesObject || (addsNew && AddsNew(d))) && d.Word.Length >= 2 && StartsWith(text, i, span.End, d.Word) && span.End - (i + d.Word.Length) >= 2)
                    return (d, i + d.Word.Length);
        return null;
    }

    /// <summary>新增, 新建, 新开工: verbs of things newly added, which take what they count as object even
    /// after a subject (全区公共机构新增新能源公务用车150辆).</summary>
    internal static bool AddsNew(DirectionWord word) => word.Direction == Direction.Increase && word.Word.StartsWith(NewlyAdded);

    private const char NewlyAdded = '新';

    private DirectionWord? StartingDirection(string text, Span span)
    {
        if (span.Length == 0)
            return null;
        foreach (var d in _patterns.Directions)
            if (StartsWith(text, span.Start, span.End, d.Word) && span.Length > d.Word.Length)
                return d;
        return null;
    }

    private DirectionWord? FirstDirection(string text, Span span)
    {
        for (var i = span.Start; i < span.End; i++)
            if (DirectionAt(text, i, span.End) is { } found)
                return found;
        return null;
    }

    /// <summary>The noun after a number (and its 以上 …): from after 的 to the segment end, unless it is
    /// a closing word such as 目标 or a bracketed remark.</summary>
    private Span RightNoun(string text, int start, int end)
    {
        start = SkipSpaces(text, start, end);
        if (start < end && text[start] == '的')
            start = SkipSpaces(text, start + 1, end);
        // the noun stops at a closing bracket or punctuation (…（其中分布式光伏50万千瓦）)
        if (start < end && text.AsSpan(start, end - start).IndexOfAny(NounStops) is >= 0 and var stop)
            end = start + stop;
        end = TrimEndSpaces(text, start, end);
        if (end <= start || "（(【“\"".Contains(text[start]))
            return new Span(start, start);
        foreach (var w in _patterns.MetricTailStops)
            if (StartsWith(text, start, end, w))
                return new Span(start, start);
        return new Span(start, end);
    }

    private static List<Span> SplitList(string text, Span span)
    {
        var parts = new List<Span>();
        var start = span.Start;
        for (var i = span.Start; i < span.End; i++)
            if (ListJoiners.Contains(text[i]))
            {
                if (i > start)
                    parts.Add(new Span(start, i));
                start = i + 1;
            }
        if (span.End > start)
            parts.Add(new Span(start, span.End));
        return parts;
    }

    /// <summary>单位地区生产总值能耗和二氧化碳排放 → the second borrows the first's head when the taxonomy
    /// knows the result (单位地区生产总值二氧化碳排放).</summary>
    private List<string> SharePrefix(List<string> names)
    {
        var first = names[0];
        for (var k = 1; k < names.Count; k++)
            for (var cut = first.Length - 1; cut > 0; cut--)
                if (_rules.Metrics.IsName(first[..cut] + names[k]))
                {
                    names[k] = first[..cut] + names[k];
                    break;
                }
        return names;
    }

    /// <summary>化肥、农药利用率 → 化肥利用率, 农药利用率: items before the last one that do not end with
    /// a shared tail (rules: shared_tails) take the last one's.</summary>
    private List<string> ShareTail(List<string> names)
    {
        var last = names[^1];
        if (_patterns.SharedTails.FirstOrDefault(t => last.Length > t.Length && last.EndsWith(t, StringComparison.Ordinal)) is not { } tail)
            return names;
        for (var k = 0; k < names.Count - 1; k++)
            if (names[k].Length > 0 && !_patterns.SharedTails.Any(t => names[k].EndsWith(t, StringComparison.Ordinal)))
                names[k] += tail;
        return names;
    }

    private static void Add(List<Span> pieces, Span span)
    {
        if (span.Length > 0)
            pieces.Add(span);
    }

    private static bool EndsWith(string text, int min, int end, string word) =>
        end - word.Length >= min && string.CompareOrdinal(text, end - word.Length, word, 0, word.Length) == 0;

    private static bool StartsWith(string text, int start, int end, string word) =>
        start + word.Length <= end && string.CompareOrdinal(text, start, word, 0, word.Length) == 0;

    private static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
            i++;
        return i;
    }

    private static int TrimEndSpaces(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        return end;
    }
}

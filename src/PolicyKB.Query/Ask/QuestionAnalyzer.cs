using System.Globalization;
using System.Text.RegularExpressions;
using PolicyKB.Rules;
using PolicyKB.Store;

namespace PolicyKB.Query.Ask;

/// <summary>Reads a question in Chinese: its intent (from rules/questions.yaml) and the entities it names
/// (regions with their short names, metrics through the taxonomy's aliases, departments through theirs,
/// years, five-year periods, numbers with units, an organisation), and the words left over as its topic.
/// Built once per process; <see cref="Analyze"/> is thread-safe.</summary>
public sealed partial class QuestionAnalyzer
{
    private readonly QuestionRules _rules;
    private readonly RuleSet _ruleSet;
    private readonly RegionCatalog _regions;
    private readonly Segmenter _segmenter;
    private readonly (string Name, MetricRule Metric)[] _metricNames;
    private readonly string[] _frameWords;
    private readonly string[] _orgSuffixes;
    private readonly string[] _verbs;
    private readonly string[] _orgLeadIns;

    public QuestionAnalyzer(QuestionRules rules, RuleSet ruleSet, Segmenter segmenter)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(segmenter);
        _rules = rules;
        _ruleSet = ruleSet;
        _regions = ruleSet.Regions;
        _segmenter = segmenter;
        var names = ruleSet.Metrics.Names;
        var folded = new string[names.Length];
        for (var i = 0; i < folded.Length; i++)
            folded[i] = Grams.Fold(names[i].Name);
        var longestFirst = StableOrder.Of(folded.Length, (a, b) => folded[b].Length.CompareTo(folded[a].Length));
        _metricNames = new (string, MetricRule)[folded.Length];
        for (var i = 0; i < longestFirst.Length; i++)
            _metricNames[i] = (folded[longestFirst[i]], names[longestFirst[i]].Metric);
        // Question words of every intent are the question's frame, whichever intent won.
        _frameWords = rules.Intents.SelectMany(i => i.Cues).Concat(rules.Fillers).Concat(rules.PluralCues)
            .Concat(rules.AllOwnerCues).Concat(rules.CooperatingCues)
            .Concat(rules.ValueSlots).Concat(rules.HigherCues).Concat(rules.LowerCues)
            .Distinct().OrderByDescending(w => w.Length).ToArray();
        _verbs = ruleSet.Patterns.Directions.Select(d => Grams.Fold(d.Word)).Where(w => w.Length >= 2).ToArray();
        _orgSuffixes = ruleSet.Owners.OrgSuffixes.Select(Grams.Fold).OrderByDescending(s => s.Length).ToArray();
        _orgLeadIns = ruleSet.Owners.DutyLeadIns.Concat(rules.Fillers).Select(Grams.Fold)
            .Concat(OrgLeadIns).Distinct().OrderByDescending(s => s.Length).ToArray();
    }

    public QuestionRules Rules => _rules;

    public RegionCatalog Regions => _regions;

    public RuleSet RuleSet => _ruleSet;

    public Segmenter Segmenter => _segmenter;

    // Words that may stand before a body named as a question's subject (在 … 中, 关于 …).
    private static readonly string[] OrgLeadIns = ["请问", "关于", "那么", "在", "由", "对于", "对"];

    /// <summary>Reads a question. <paramref name="otherRegions"/> are regions the catalog lacks but the
    /// knowledge base holds plans for (a county's plan: 武侯区, also called 武侯); they are found by
    /// their full names and by their names without the level word.</summary>
    public Question Analyze(string text, IReadOnlyCollection<Region>? otherRegions = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Grams.Fold(text);
        var frame = new bool[folded.Length];     // question words, years, numbers: not the topic
        var named = new bool[folded.Length];     // region names: not the topic either

        var mentions = _regions.FindAll(folded);
        foreach (var region in otherRegions ?? [])
            foreach (var name in region.ShortNames.Prepend(region.Name).Select(Grams.Fold).OrderByDescending(n => n.Length))
                for (var at = folded.IndexOf(name, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(name, at + name.Length, StringComparison.Ordinal))
                {
                    // 苏州工业园区 holds the catalog's 苏州: the longer name is the place meant
                    var start = at;
                    if (mentions.Any(m => start < m.Start + m.Length && m.Start < start + name.Length && m.Length >= name.Length))
                        continue;
                    mentions.RemoveAll(m => start <= m.Start && m.Start + m.Length <= start + name.Length);
                    mentions.Add((region, at, name.Length));
                }
        var regions = new List<Region>();
        foreach (var i in StableOrder.Of(mentions.Count, (a, b) => mentions[a].Start.CompareTo(mentions[b].Start)))
        {
            var (region, start, length) = mentions[i];
            Mark(named, start, length);
            if (!regions.Contains(region))
                regions.Add(region);
        }

        var intent = Intent.Passage;
        foreach (var rule in _rules.Intents)
            if (regions.Count >= rule.MinRegions && rule.Cues.Any(c => Has(folded, c)))
            {
                intent = rule.Intent;
                break;
            }

        var (years, baseline) = FindYears(folded, frame);
        var numbers = FindNumbers(folded, frame);
        var valueSlots = Count(folded, _rules.ValueSlots);
        foreach (var word in _frameWords)
            MarkAll(folded, word, frame);

        var metrics = FindMetrics(folded, text);
        if (intent == Intent.Passage && metrics.Count > 0)
            intent = Intent.Value;   // 广安2030年非化石能源消费比重目标？
        var departments = FindDepartments(folded);
        var organisation = intent == Intent.Duty ? FindOrganisation(folded, frame, text) : null;
        var topic = Topic(folded, frame, named);
        // 对…新能源汽车的比例有什么要求: the 要求 of a measure (比例, 利用率), with no body named, asks for its value
        if (intent == Intent.Duty && organisation is null && (metrics.Count > 0 || topic.Any(NamesMeasure)))
            intent = Intent.Value;

        var extreme = _rules.HigherCues.Any(c => folded.Contains(c, StringComparison.Ordinal)) ? 1
            : _rules.LowerCues.Any(c => folded.Contains(c, StringComparison.Ordinal)) ? -1 : 0;
        var role = _rules.AllOwnerCues.Any(c => folded.Contains(c, StringComparison.Ordinal)) ? OwnerRole.All
            : _rules.CooperatingCues.Any(c => folded.Contains(c, StringComparison.Ordinal)) ? OwnerRole.Cooperating
            : OwnerRole.Lead;
        var plural = _rules.PluralCues.Any(c => folded.Contains(c, StringComparison.Ordinal))
            || valueSlots >= 2 || years.Count >= 2 || metrics.Count >= 2;
        return new Question
        {
            Text = text,
            Folded = folded,
            Compact = Grams.Compact(folded),
            Intent = intent,
            Plural = plural,
            Regions = regions,
            Metrics = metrics,
            DepartmentIds = departments,
            Organisation = organisation,
            Years = years,
            BaselineYear = baseline,
            Numbers = numbers,
            Topic = topic,
            MetricWords = MetricWords(topic),
            TopicGrams = Grams.Of(topic),
            AllGrams = Grams.Of(folded),
            Extreme = extreme,
            OwnerRole = role,
            ValueSlots = Math.Max(1, valueSlots),
            AsksValue = valueSlots > 0,
        };
    }

    // 2025年, 2025和2030年; a year inside a baseline phrase (比2020年) is the baseline; “十四五” is its last year.
    private (List<int> Years, int? Baseline) FindYears(string folded, bool[] frame)
    {
        int? baseline = null;
        var inBaseline = new bool[folded.Length];
        foreach (var regex in _ruleSet.Patterns.Baselines)
            foreach (Match match in regex.Matches(folded))
            {
                baseline ??= YearOf(match);
                Mark(inBaseline, match.Index, match.Length);
                Mark(frame, match.Index, match.Length);
            }
        var years = new List<int>();
        foreach (Match match in YearRegex().Matches(folded))
        {
            Mark(frame, match.Index, match.Length);
            if (!inBaseline[match.Index])
                AddYear(years, int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture));
        }
        foreach (Match match in PeriodRegex().Matches(folded))
        {
            Mark(frame, match.Index, match.Length);
            if (!inBaseline[match.Index] && _ruleSet.Patterns.FindPeriod(match.Groups["period"].Value) is { } period)
                AddYear(years, period.End);
        }
        return (years, baseline);

        int? YearOf(Match match)
        {
            if (match.Groups["year"] is { Success: true } year)
                return int.Parse(year.Value, CultureInfo.InvariantCulture);
            return match.Groups["period"] is { Success: true } p ? _ruleSet.Patterns.FindPeriod(p.Value)?.End : null;
        }

        static void AddYear(List<int> years, int year)
        {
            if (!years.Contains(year))
                years.Add(year);
        }
    }

    // 90%以上, 65%, 20亿立方米: the value, its unit and an after-qualifier are frame, not topic.
    private List<QuestionNumber> FindNumbers(string folded, bool[] frame)
    {
        var numbers = new List<QuestionNumber>();
        foreach (Match match in NumberRegex().Matches(folded))
        {
            if (frame[match.Index] || !decimal.TryParse(match.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                continue;
            var end = match.Index + match.Length;
            string? unit = null;
            if (_ruleSet.Units.MatchAt(folded, end) is { } found)
            {
                unit = found.Unit.Written;
                end += found.Length;
            }
            foreach (var qualifier in _ruleSet.Patterns.Qualifiers)
                if (qualifier.Position == QualifierPosition.After && folded.AsSpan(end).StartsWith(qualifier.Word))
                {
                    end += qualifier.Word.Length;
                    break;
                }
            Mark(frame, match.Index, end - match.Index);
            numbers.Add(new QuestionNumber(value, unit));
        }
        return numbers;
    }

    // Longest taxonomy name first; a name inside one already found is the same mention.
    private List<MetricMention> FindMetrics(string folded, string original)
    {
        var found = new List<(int Start, int Length, MetricMention Mention)>();
        foreach (var (name, metric) in _metricNames)
        {
            for (var at = folded.IndexOf(name, StringComparison.Ordinal); at >= 0;
                 at = folded.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                if (found.Any(f => at < f.Start + f.Length && f.Start < at + name.Length))
                    continue;
                found.Add((at, name.Length, new MetricMention(metric, original.Substring(at, name.Length))));
            }
        }
        var mentions = new List<MetricMention>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var i in StableOrder.Of(found.Count, (a, b) => found[a].Start.CompareTo(found[b].Start)))
            if (ids.Add(found[i].Mention.Metric.Id))
                mentions.Add(found[i].Mention);
        return mentions;
    }

    private List<string> FindDepartments(string folded)
    {
        var ids = new List<string>();
        var taken = new bool[folded.Length];
        foreach (var name in _ruleSet.Departments.Names)
        {
            var key = Grams.Fold(name);
            for (var at = folded.IndexOf(key, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(key, at + 1, StringComparison.Ordinal))
            {
                if (taken[at] || taken[at + key.Length - 1])
                    continue;
                Mark(taken, at, key.Length);
                if (_ruleSet.Departments.Resolve(name) is { } department && !ids.Contains(department.Department.Id))
                    ids.Add(department.Department.Id);
            }
        }
        return ids;
    }

    /// <summary>The body a duty question is about: the text before the question words that ends like the
    /// name of a body (局, 委员会, 领导小组, 部门 …; 领导小组办公室 is one name), starting after punctuation
    /// and lead-in words (在, 由, 加强).</summary>
    private string? FindOrganisation(string folded, bool[] frame, string original)
    {
        var candidates = new List<(int Start, int End)>();
        var clauseStart = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            if (!Grams.IsWordChar(folded[i]) || frame[i])
            {
                clauseStart = i + 1;
                continue;
            }
            var suffix = _orgSuffixes.FirstOrDefault(s => folded.AsSpan(i).StartsWith(s));
            if (suffix is null)
                continue;
            var end = i + suffix.Length;
            // A name goes on while another ending follows (领导小组 + 办公室).
            for (string? more; end < folded.Length && (more = _orgSuffixes.FirstOrDefault(s => folded.AsSpan(end).StartsWith(s))) is not null;)
                end += more.Length;
            if (Array.IndexOf(frame, true, i, end - i) >= 0)
                continue;
            var start = clauseStart;
            for (var trimmed = true; trimmed;)
            {
                trimmed = false;
                foreach (var lead in _orgLeadIns)
                    if (end - start > lead.Length + 1 && folded.AsSpan(start).StartsWith(lead))
                    {
                        start += lead.Length;
                        trimmed = true;
                        break;
                    }
            }
            if (end - start >= 2)
                candidates.Add((start, end));
            i = end - 1;
        }
        // The subject stands nearest the question words; a known department's name beats 布局 or 格局.
        var known = candidates.Where(c => _ruleSet.Departments.Names.Any(n => folded.AsSpan(c.Start, c.End - c.Start).Contains(n, StringComparison.Ordinal))).ToList();
        var pick = known.Count > 0 ? known[^1] : candidates.Count > 0 ? candidates[^1] : default;
        return pick.End > 0 ? original[pick.Start..pick.End] : null;
    }

    // The words that may name a metric the taxonomy lacks: each topic run, and its part before a verb
    // (生态农业产值要达到 → 生态农业产值). Only verbs of two characters or more cut: 达 is in 碳达峰.
    private List<string> MetricWords(List<string> topic)
    {
        var words = new List<string>();
        foreach (var run in topic.Where(t => t.Length >= 3).OrderByDescending(t => t.Length))
        {
            var cut = _verbs.Select(v => run.IndexOf(v, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(-1).Min();
            if (cut > 0)
            {
                var head = run[..cut].TrimEnd(Modals);
                if (head.Length >= 2)
                    words.Add(head);
            }
            words.Add(run);
        }
        return words.Distinct().ToList();
    }

    private static readonly char[] Modals = ['要', '需', '应', '将', '能', '可', '须'];

    /// <summary>Whether a topic word is a measure: one of the nouns that end measures (patterns.yaml
    /// shared_tails: 比例, 覆盖率, 装机容量 …) or ends with one.</summary>
    private bool NamesMeasure(string word) =>
        _ruleSet.Patterns.SharedTails.Any(t => word.EndsWith(t, StringComparison.Ordinal));

    // What is left: runs of word characters outside the frame and region names, split again at
    // stopwords (的, 是, 在 …) found as whole words by the segmenter.
    private List<string> Topic(string folded, bool[] frame, bool[] named)
    {
        var runs = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inside = i < folded.Length && !frame[i] && !named[i] && Grams.IsWordChar(folded[i]);
            if (inside && start < 0)
                start = i;
            else if (!inside && start >= 0)
            {
                SplitAtStopwords(folded[start..i], runs);
                start = -1;
            }
        }
        return runs;
    }

    private void SplitAtStopwords(string run, List<string> runs)
    {
        var stopwords = _segmenter.Lexicon.Stopwords;
        var from = 0;
        foreach (var token in _segmenter.Tokens(run))
        {
            var word = run.Substring(token.Start, token.Length);
            if (!stopwords.Contains(word) && !_rules.Stopwords.Contains(word))
                continue;
            if (token.Start > from)
                runs.Add(run[from..token.Start]);
            from = token.End;
        }
        if (from < run.Length)
            runs.Add(run[from..]);
    }

    private static int Count(string folded, IReadOnlyList<string> words)
    {
        var taken = new bool[folded.Length];
        var count = 0;
        foreach (var word in words)   // longest first
            for (var at = folded.IndexOf(word, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(word, at + word.Length, StringComparison.Ordinal))
                if (!taken[at])
                {
                    Mark(taken, at, word.Length);
                    count++;
                }
        return count;
    }

    private static void MarkAll(string folded, string word, bool[] mask)
    {
        if (word.Contains('*'))
        {
            foreach (Match match in Wildcard(word).Matches(folded))
                Mark(mask, match.Index, match.Length);
            return;
        }
        for (var at = folded.IndexOf(word, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            Mark(mask, at, word.Length);
    }

    // A cue may hold * for up to four characters of one clause: 哪个*部门 is 哪个部门 and 哪个省级部门.
    private static bool Has(string folded, string cue) =>
        cue.Contains('*') ? Wildcard(cue).IsMatch(folded) : folded.Contains(cue, StringComparison.Ordinal);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Wildcards = new();

    private static Regex Wildcard(string cue) => Wildcards.GetOrAdd(cue, c =>
        new Regex(string.Join("[^，。？！；、,.?!;]{0,4}?", c.Split('*').Select(Regex.Escape)), RegexOptions.CultureInvariant));

    private static void Mark(bool[] mask, int start, int length) => Array.Fill(mask, true, start, length);

    /// <summary>A region named as the knowledge base stores it, for a plan whose region the catalog lacks:
    /// its short name is its name without the level word (长汀县 → 长汀) when two characters remain; an
    /// autonomous region is called by the place name before its peoples (恭城瑶族自治县 → 恭城).</summary>
    public static Region StoredRegion(string name, string? level)
    {
        var shorts = new List<string>();
        if (LevelWords.FirstOrDefault(w => name.EndsWith(w, StringComparison.Ordinal) && name.Length - w.Length >= 2) is { } word)
            shorts.Add(name[..^word.Length]);
        if (name.Contains("族自治", StringComparison.Ordinal) && name.Length > 4)
            shorts.Add(name[..2]);
        return new Region(name, shorts, level ?? "", null);
    }

    private static readonly string[] LevelWords = ["自治区", "自治州", "自治县", "特别行政区", "地区", "省", "市", "县", "区", "州", "盟", "旗"];

    // A year: 19xx or 20xx standing alone, then 年 or a joiner (2025和2030年) or the end.
    [GeneratedRegex(@"(到|至|在|于|截至|截止)?(?<![\d.])(?<year>(19|20)\d{2})(?![\d.%])(\s*年(底|末)?|(?=\s*[和、，,及与至到\-—~～]\s*(19|20)\d{2})|$)")]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"“?(?<period>十[一二三四五六七八九]五)”?(期间|期末|末期|末|时期)?")]
    private static partial Regex PeriodRegex();

    [GeneratedRegex(@"(?<![\d.])\d+(\.\d+)?")]
    private static partial Regex NumberRegex();
}

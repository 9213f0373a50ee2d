using PolicyKB.Extract.Text;
using PolicyKB.Rules;

namespace PolicyKB.Extract.Owners;

/// <summary>Finds who acts in prose: a department-duty paragraph's head (市发展改革委:…, 区发改局：…) and a
/// body opening a clause with a duty verb (生态环境部门要…; 自治区碳达峰碳中和工作领导小组指导和统筹…;
/// 加强市碳达峰、碳中和工作委员会对全市…的整体部署).</summary>
internal sealed partial class DutyReader(RuleSet rules, OwnerWords words, OwnerNamer namer, BodyNames bodies)
{
    private const int MaxHeadLength = 40;
    private const string RoleWord = "牵头";

    private readonly IReadOnlyList<string> _leadIns = rules.Owners.DutyLeadIns;
    private readonly string[] _leadInsAndNone = words.LeadInsAndNone;
    private readonly System.Buffers.SearchValues<char> _verbStarts = words.VerbStarts;
    private readonly string[] _roles = words.Roles;
    private readonly WordScan _verbScan = words.Verbs;
    private readonly IReadOnlyList<string> _joint = rules.Owners.JointWords;
    private const string PartnerSeparators = "、和及";

    /// <summary>The head of a duty paragraph: a body's name, then ： or : before any other punctuation.</summary>
    public DutyHead? Head(Passage paragraph)
    {
        var text = paragraph.Folded;
        var from = ListMarkerLength(text);   // 1. 市发展改革委：…
        var limit = Math.Min(text.Length, from + MaxHeadLength);
        for (var i = from; i < limit; i++)
        {
            var c = text[i];
            if (c is '：' or ':')
            {
                // 市发展改革委负责：… — a role word may stand between the name and the colon
                var nameEnd = i;
                if (_roles.FirstOrDefault(r => text[from..i].EndsWith(r, StringComparison.Ordinal)) is { } role && bodies.IsName(text[from..(i - role.Length)]))
                    nameEnd = i - role.Length;
                if (nameEnd <= from || !bodies.IsName(text[from..nameEnd]))
                    return null;
                var bodyStart = i + 1;
                return new DutyHead(namer.Name(paragraph.Original[from..nameEnd]), Role(paragraph, bodyStart), bodyStart);
            }
            if ("，,。；;！？".Contains(c))
                return null;
        }
        return null;
    }

    /// <summary>The first sentence after the head when it states the unit's role (全市降碳工作牵头单位).</summary>
    private static string? Role(Passage paragraph, int bodyStart)
    {
        var sentences = Splitter.Sentences(paragraph.Folded);
        var first = sentences.FirstOrDefault(s => s.End > bodyStart);
        if (first.Length == 0)
            return null;
        var span = new Span(Math.Max(first.Start, bodyStart), first.End);
        var role = span.Of(paragraph.Original).Trim().TrimEnd('。', '；', ';', '.');
        return role.Length <= 30 && role.EndsWith("单位", StringComparison.Ordinal) && role.Contains(RoleWord, StringComparison.Ordinal)
            ? role
            : null;
    }

    /// <summary>The bodies acting in a clause: their names (各县区人民政府、开发区管委 is two) and where the
    /// duty text starts. Only a clause's first words count (after a lead-in such as 加强 or 由).</summary>
    public (IReadOnlyList<string> Names, int NameStart, int DutyStart)? Actor(Passage passage, Span clause)
    {
        var text = passage.Folded;
        var start = clause.Start;
        while (start < clause.End && char.IsWhiteSpace(text[start]))
            start++;
        if (start == 0)
            start = ListMarkerLength(text);   // 1. 生态环境部门要…
        // 会同县发改局、…推进: partners of the one acting (see Partners), not an actor
        if (!MayHoldActor(text, start, clause.End) || StartsJoint(text, start))
            return null;
        return NamedActor(passage, start, clause);
    }

    private bool StartsJoint(string text, int start) => JointAt(text, start) is not null;

    // Apart from Actor, so that most clauses (no duty verb near their start) allocate no closure.
    private (IReadOnlyList<string> Names, int NameStart, int DutyStart)? NamedActor(Passage passage, int start, Span clause)
    {
        var text = passage.Folded;
        foreach (var leadIn in _leadInsAndNone)
        {
            if (!At(text, start, leadIn))
                continue;
            var nameStart = start + leadIn.Length;
            var nameEnd = bodies.EndOfNameAt(text, nameStart, clause.End, e => VerbAt(text, e));
            if (nameEnd is { } end)
                return (Split(passage.Original[nameStart..end]), nameStart, end);
        }
        return null;
    }

    /// <summary>The units a joint word at <paramref name="at"/> names as the acting unit's partners (…负责…，会同县发改局、
    /// 国网安吉县供电公司推进…): every item up to the verb must be a body's name; null otherwise.</summary>
    public IReadOnlyList<string>? Partners(Passage passage, Span clause, int at)
    {
        var text = passage.Folded;
        while (at < clause.End && char.IsWhiteSpace(text[at]))
            at++;
        if (JointAt(text, at) is not { } joint)
            return null;
        return PartnerNames(passage, clause, at + joint.Length);
    }

    private string? JointAt(string text, int at)
    {
        foreach (var w in _joint)
            if (At(text, at, w))
                return w;
        return null;
    }

    private List<string>? PartnerNames(Passage passage, Span clause, int start)
    {
        var text = passage.Folded;
        var names = new List<string>();
        while (start < clause.End)
        {
            if (bodies.EndOfNameAt(text, start, clause.End, e => e < clause.End && (PartnerSeparators.Contains(text[e]) || VerbAt(text, e))) is not { } end)
                return null;
            names.Add(namer.Name(passage.Original[start..end]));
            if (!PartnerSeparators.Contains(text[end]))
                return names;
            start = end + 1;
        }
        return null;
    }

    /// <summary>The length of a list marker opening a paragraph (1. （2） 3、 ①), with the spaces after it.</summary>
    public static int ListMarkerLength(string text) => ListMarker().Match(text) is { Success: true } m ? m.Length : 0;

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(\d{1,2}\s*[.、)）]|[（(]\d{1,2}[）)]|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.]|[①-⑳])\s*")]
    private static partial System.Text.RegularExpressions.Regex ListMarker();

    /// <summary>A quick look: somewhere in the clause's first words a duty verb must start (要, 负责 …).</summary>
    private bool MayHoldActor(string text, int start, int end)
    {
        var limit = Math.Min(end, start + MaxHeadLength);
        for (var i = start + 2; i < limit; i++)
            if (_verbStarts.Contains(text[i]) && VerbAt(text, i))
                return true;
        return false;
    }

    private bool VerbAt(string text, int i) => _verbScan.StartsAt(text, i);

    /// <summary>A 、-list of names splits when every part is a name (市碳达峰、碳中和工作委员会 is one).</summary>
    private List<string> Split(string written)
    {
        var parts = written.Split('、');
        return parts.Length > 1 && parts.All(p => bodies.IsName(TextFold.ForMatch(p)))
            ? parts.Select(namer.Name).ToList()
            : [namer.Name(written)];
    }

    private static bool At(string text, int i, string word) =>
        i + word.Length <= text.Length && string.CompareOrdinal(text, i, word, 0, word.Length) == 0;
}

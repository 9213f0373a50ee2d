using System.Buffers;
using System.Text.RegularExpressions;

namespace PolicyKB.Rules;

/// <summary>Reads from a rule's regex a set of characters one of which every match must contain: 第\s*$
/// needs 第, (下辖|辖有|共辖)[^，,]*$ needs 辖. Text holding none of them cannot match, and a vectorised
/// <c>IndexOfAny</c> tells that in a fraction of what running the regex costs. Conservative: where the
/// pattern uses anything not understood here (case-insensitive matching, \p{…}, backreferences,
/// conditionals …) or can match without a known character (\s*, [^…], .), there is no set and the regex
/// always runs.</summary>
public static class RequiredChars
{
    // A set larger than this ([\u4e00-\u9fff]) would let nearly every plan text through: no use as a test.
    private const int MaxSetSize = 64;

    /// <summary>The characters one of which every match of <paramref name="regex"/> contains; null when
    /// none can be read from the pattern.</summary>
    public static SearchValues<char>? Of(Regex regex)
    {
        ArgumentNullException.ThrowIfNull(regex);
        return Of(regex.ToString(), regex.Options) is { } chars ? SearchValues.Create(chars) : null;
    }

    /// <summary>The set as a string (sorted), for tests and diagnostics; null when none can be read.</summary>
    public static string? Of(string pattern, RegexOptions options)
    {
        const RegexOptions harmless = RegexOptions.CultureInvariant | RegexOptions.RightToLeft | RegexOptions.Multiline
                                      | RegexOptions.Singleline | RegexOptions.ExplicitCapture | RegexOptions.Compiled;
        if ((options & ~harmless) != 0)
            return null;   // IgnoreCase, IgnorePatternWhitespace, ECMAScript … change what a pattern char means
        try
        {
            var parser = new Parser(pattern);
            var candidates = parser.Alternation();
            if (parser.More)
                return null;   // an unbalanced )
            return Best(candidates) is { } best ? new string(best.Order().ToArray()) : null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Sets each of which alone every match needs to contain one of; empty when there is none.</summary>
    private sealed class Candidates : List<HashSet<char>>;

    // The most telling set: the smallest, and among equals one without ASCII (a plan's numbers are
    // everywhere; its words less so).
    private static HashSet<char>? Best(Candidates candidates) =>
        candidates.OrderBy(c => c.Count).ThenBy(c => c.Any(char.IsAscii) ? 1 : 0).FirstOrDefault();

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    private sealed class Parser(string pattern)
    {
        private int _at;

        public bool More => _at < pattern.Length;

        /// <summary>branch ( | branch )*: a match of the whole goes through one branch, so it needs one
        /// character of the union of what each branch needs.</summary>
        public Candidates Alternation()
        {
            var branches = new List<Candidates> { Sequence() };
            while (More && pattern[_at] == '|')
            {
                _at++;
                branches.Add(Sequence());
            }
            if (branches.Count == 1)
                return branches[0];
            if (branches.Any(b => b.Count == 0))
                return [];
            // Cover the branches with few characters: repeatedly take the single character needed by
            // the most branches still uncovered (单位GDP能耗|单位GDP二氧化碳排放 → 单), else a branch's best set.
            var union = new HashSet<char>();
            var open = branches.ToList();
            while (open.Count > 0)
            {
                var shared = open.SelectMany(b => b.Where(c => c.Count == 1).Select(c => c.First()).Distinct())
                    .GroupBy(c => c).OrderByDescending(g => g.Count()).FirstOrDefault();
                if (shared is not null && shared.Count() > 1)
                {
                    union.Add(shared.Key);
                    open.RemoveAll(b => b.Any(c => c.Count == 1 && c.Contains(shared.Key)));
                    continue;
                }
                union.UnionWith(Best(open[0])!);
                open.RemoveAt(0);
            }
            return union.Count <= MaxSetSize ? [union] : [];
        }

        /// <summary>atom quantifier? …: every atom that must occur at least once offers its set.</summary>
        private Candidates Sequence()
        {
            var candidates = new Candidates();
            while (More && pattern[_at] is not ('|' or ')'))
            {
                var atom = Atom();
                var min = Quantifier();
                if (min > 0)
                    candidates.AddRange(atom);
            }
            return candidates;
        }

        /// <summary>The least number of times the atom just read must occur.</summary>
        private int Quantifier()
        {
            if (!More)
                return 1;
            int min;
            switch (pattern[_at])
            {
                case '*' or '?':
                    min = 0;
                    _at++;
                    break;
                case '+':
                    min = 1;
                    _at++;
                    break;
                case '{':
                    var close = pattern.IndexOf('}', _at);
                    var body = close < 0 ? "" : pattern[(_at + 1)..close];
                    var comma = body.IndexOf(',');
                    var first = comma < 0 ? body : body[..comma];
                    if (first.Length == 0 || !first.All(char.IsAsciiDigit) || (comma >= 0 && !body[(comma + 1)..].All(char.IsAsciiDigit)))
                        throw new NotSupportedException("{ that is no quantifier");
                    min = int.Parse(first, System.Globalization.CultureInfo.InvariantCulture);
                    _at = close + 1;
                    break;
                default:
                    return 1;
            }
            if (More && pattern[_at] == '?')
                _at++;   // lazy
            if (More && pattern[_at] is '*' or '+' or '?' or '{')
                throw new NotSupportedException("nested quantifier");
            return min;
        }

        private Candidates Atom()
        {
            var c = pattern[_at++];
            switch (c)
            {
                case '(':
                    return Group();
                case '[':
                    return Class();
                case '\\':
                    return Escape();
                case '.' or '^' or '$':
                    return [];   // any char, or zero-width
                case '*' or '+' or '?' or '{' or '}' or ']':
                    throw new NotSupportedException($"{c} where an atom should be");
                default:
                    return [[c]];
            }
        }

        private Candidates Group()
        {
            var zeroWidth = false;
            if (More && pattern[_at] == '?')
            {
                _at++;
                var next = More ? pattern[_at] : '\0';
                if (next == ':' || next == '>')
                    _at++;
                else if (next is '=' or '!')
                {
                    _at++;
                    zeroWidth = true;
                }
                else if (next == '<' && _at + 1 < pattern.Length && pattern[_at + 1] is '=' or '!')
                {
                    _at += 2;
                    zeroWidth = true;
                }
                else if (next is '<' or '\'')
                {
                    var close = pattern.IndexOf(next == '<' ? '>' : '\'', _at + 1);
                    var name = close < 0 ? "" : pattern[(_at + 1)..close];
                    if (name.Length == 0 || !name.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '_'))
                        throw new NotSupportedException("balancing group or odd name");
                    _at = close + 1;
                }
                else
                    throw new NotSupportedException("inline options, comments or conditionals");
            }
            var inner = Alternation();
            if (!More || pattern[_at] != ')')
                throw new NotSupportedException("unclosed group");
            _at++;
            return zeroWidth ? [] : inner;   // a lookaround consumes nothing of the match
        }

        private Candidates Escape()
        {
            if (!More)
                throw new NotSupportedException("trailing \\");
            var c = pattern[_at++];
            if (c is 'b' or 'B' or 'A' or 'z' or 'Z' or 'G')
                return [];   // zero-width
            if (c is 'd' or 'D' or 'w' or 'W' or 's' or 'S')
                return [];   // Unicode classes: too wide to list
            return [[EscapedChar(c)]];
        }

        /// <summary>The one char an escape other than a class stands for (\. \( \u4e00 \t …).</summary>
        private char EscapedChar(char c)
        {
            switch (c)
            {
                case 't': return '\t';
                case 'n': return '\n';
                case 'r': return '\r';
                case 'f': return '\f';
                case 'v': return '\v';
                case 'e': return '\u001B';
                case 'a': return '\a';
                case 'u': return Hex(4);
                case 'x': return Hex(2);
            }
            if (char.IsAsciiLetterOrDigit(c) || c == '_')
                throw new NotSupportedException($"\\{c}");   // \p{…}, \k<…>, \1, \c …
            return c;
        }

        private char Hex(int digits)
        {
            if (_at + digits > pattern.Length || pattern.AsSpan(_at, digits).ContainsAnyExcept(HexDigits))
                throw new NotSupportedException("bad hex escape");
            var value = Convert.ToInt32(pattern.Substring(_at, digits), 16);
            _at += digits;
            return (char)value;
        }

        /// <summary>[…]: its characters (ranges spelt out) when few; [^…] or a wide class needs none in particular.</summary>
        private Candidates Class()
        {
            var negated = More && pattern[_at] == '^';
            if (negated)
                _at++;
            var chars = new HashSet<char>();
            var wide = false;
            var first = true;
            while (true)
            {
                if (!More)
                    throw new NotSupportedException("unclosed class");
                var c = pattern[_at++];
                if (c == ']' && !first)
                    break;
                first = false;
                if (c == '[')
                    throw new NotSupportedException("[ inside a class");   // subtraction -[…] or a literal [: not worth telling apart
                int low;
                if (c == '\\')
                {
                    if (!More)
                        throw new NotSupportedException("trailing \\");
                    var e = pattern[_at++];
                    if (e is 'd' or 'D' or 'w' or 'W' or 's' or 'S')
                    {
                        wide = true;
                        continue;
                    }
                    if (e == 'b')
                        low = '\b';
                    else
                        low = EscapedChar(e);
                }
                else
                    low = c;
                // a range low-high (a - before ] or at the start is a literal -)
                if (_at + 1 < pattern.Length && pattern[_at] == '-' && pattern[_at + 1] != ']')
                {
                    _at++;
                    var h = pattern[_at++];
                    int high;
                    if (h == '\\')
                    {
                        if (!More)
                            throw new NotSupportedException("trailing \\");
                        high = EscapedChar(pattern[_at++]);
                    }
                    else if (h == '[')
                        throw new NotSupportedException("class subtraction");
                    else
                        high = h;
                    if (high < low)
                        throw new NotSupportedException("reversed range");
                    if (high - low + 1 > MaxSetSize)
                    {
                        wide = true;
                        continue;
                    }
                    for (var k = low; k <= high; k++)
                        chars.Add((char)k);
                    continue;
                }
                chars.Add((char)low);
            }
            return negated || wide || chars.Count == 0 || chars.Count > MaxSetSize ? [] : [chars];
        }
    }
}

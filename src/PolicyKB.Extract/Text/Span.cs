namespace PolicyKB.Extract.Text;

/// <summary>A half-open range [Start, End) of char offsets.</summary>
internal readonly record struct Span(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public string Of(string text) => text[Start..End];
}

namespace PolicyKB.Ingest.Normalize;

/// <summary>One job of normalisation (drop boilerplate, drop page numbers, rejoin broken lines …).</summary>
internal interface INormalizeStep
{
    NormalizedText Apply(NormalizedText text);
}

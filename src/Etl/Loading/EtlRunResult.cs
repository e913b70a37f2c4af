namespace QiPipeline.Etl.Loading;

/// <summary>The outcome of an ETL run.</summary>
/// <param name="RunId">The run id of <c>etl_run</c>.</param>
/// <param name="Sources">Each source's outcome, in configuration order.</param>
public sealed record EtlRunResult(string RunId, IReadOnlyList<SourceResult> Sources)
{
    /// <summary><c>succeeded</c>, <c>partial</c> (some source or entity failed) or <c>failed</c> (nothing loaded).</summary>
    public string Status =>
        Sources.All(s => s.Succeeded) ? "succeeded"
        : Sources.Any(s => s.AnyLoaded) ? "partial"
        : "failed";
}

namespace QiPipeline.Etl.Loading;

/// <summary>The run a load belongs to.</summary>
/// <param name="RunId">The id written to <c>etl_run</c>, rejects and facts.</param>
/// <param name="RunDate">The run's date; records dated after it are rejected as future.</param>
internal sealed record RunInfo(string RunId, DateOnly RunDate);

namespace QiPipeline.Reports.Monthly;

/// <summary>The last ETL run (etl_run).</summary>
/// <param name="RunId">The run id.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="EndedAt">When it ended, or null (still running, or killed).</param>
/// <param name="Status">Its status.</param>
public sealed record DataQualityRun(string RunId, DateTime StartedAt, DateTime? EndedAt, string Status);

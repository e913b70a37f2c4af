namespace QiPipeline.Reports.Monthly;

/// <summary>What the Data quality sheet shows: the last ETL run, its loads and its rejects by reason.</summary>
/// <param name="Run">The last run, or null when the warehouse has none.</param>
/// <param name="Loads">Per source and entity, ordered by source and entity.</param>
/// <param name="Rejects">Per source, entity and reason, the most frequent reason first within an entity.</param>
public sealed record DataQualityReport(DataQualityRun? Run, IReadOnlyList<DataQualityLoad> Loads, IReadOnlyList<DataQualityRejects> Rejects)
{
    /// <summary>No run recorded.</summary>
    public static DataQualityReport Empty { get; } = new(null, [], []);
}

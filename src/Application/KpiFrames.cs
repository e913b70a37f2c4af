using Microsoft.Data.Analysis;
using Microsoft.Extensions.DependencyInjection;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Application;

/// <summary>
/// The measure results as a <see cref="DataFrame"/>, for analysts (docs/analysis.md): one row per measure,
/// clinic (and <c>ALL</c>), month and stratum, the rows of <c>kpi_monthly</c>. Those of the stratum <c>all</c>
/// are the rows of kpis.csv.
/// </summary>
public static class KpiFrames
{
    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["measure_id", "clinic_id", "period", "stratum", "stratum_value", "numerator", "denominator", "rate", "status", "median_days"];

    /// <summary>
    /// Loads the configuration at <paramref name="configurationFile"/> (checked as <c>qi</c> checks it; a mistake is a
    /// <see cref="Configuration.ConfigurationException"/> naming the file and key), then runs every measure on its
    /// warehouse as of <paramref name="asOf"/> over the 24 months ending with its month, as <c>qi kpis</c> does
    /// (holding the warehouse's run lock, and storing the results in the warehouse), and returns the results.
    /// </summary>
    public static async Task<DataFrame> ReadAsync(string configurationFile, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        await using var services = new ServiceCollection().AddQiPipeline().BuildServiceProvider();
        var pipeline = services.GetRequiredService<PipelineFactory>().Open(configurationFile);
        await using var held = await pipeline.LockAsync(cancellationToken);
        var to = Month.Of(asOf);
        var result = await pipeline.MeasureAsync(new MeasureRequest(asOf, to.Plus(-23), to), cancellationToken);
        return FromRows(result.Rows);
    }

    /// <summary>
    /// The frame of <paramref name="rows"/>: text columns for the ids, the month (<c>YYYY-MM</c>), the stratum and the
    /// status; numbers as doubles (numerator, rate, median_days) and whole numbers (denominator); a null rate for a
    /// zero denominator, as kpis.csv leaves it empty.
    /// </summary>
    public static DataFrame FromRows(IEnumerable<KpiRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var list = rows as IReadOnlyList<KpiRow> ?? [.. rows];
        return new DataFrame(
            new StringDataFrameColumn(Columns[0], list.Select(r => r.MeasureId)),
            new StringDataFrameColumn(Columns[1], list.Select(r => r.ClinicId)),
            new StringDataFrameColumn(Columns[2], list.Select(r => r.Period.ToString())),
            new StringDataFrameColumn(Columns[3], list.Select(r => r.Stratum)),
            new StringDataFrameColumn(Columns[4], list.Select(r => r.StratumValue)),
            new DoubleDataFrameColumn(Columns[5], list.Select(r => r.Numerator)),
            new Int64DataFrameColumn(Columns[6], list.Select(r => r.Denominator)),
            new DoubleDataFrameColumn(Columns[7], list.Select(r => r.Rate)),
            new StringDataFrameColumn(Columns[8], list.Select(r => r.Status)),
            new DoubleDataFrameColumn(Columns[9], list.Select(r => r.MedianDays)));
    }
}

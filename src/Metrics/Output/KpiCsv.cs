using System.Globalization;
using QiPipeline.Metrics.Engine;

namespace QiPipeline.Metrics.Output;

/// <summary>
/// kpis.csv, the output contract (README.md, "kpis.csv"):
/// <c>measure_id,clinic_id,period,numerator,denominator,rate,status</c>, one row per measure,
/// clinic (and ALL) and month, invariant culture, an empty rate for a zero denominator.
/// </summary>
public static class KpiCsv
{
    /// <summary>The header line.</summary>
    public const string Header = "measure_id,clinic_id,period,numerator,denominator,rate,status";

    /// <summary>Writes the rows of the stratum <c>all</c>.</summary>
    public static async Task WriteAsync(TextWriter writer, IEnumerable<KpiRow> rows)
    {
        await writer.WriteAsync(Header + "\n");
        foreach (var row in rows.Where(r => r.Stratum == KpiRow.AllStratum))
        {
            await writer.WriteAsync(string.Join(',',
                Csv.Field(row.MeasureId), Csv.Field(row.ClinicId), row.Period.ToString(), Number(row.Numerator),
                row.Denominator.ToString(CultureInfo.InvariantCulture), row.Rate is { } rate ? Number(rate) : "", row.Status) + "\n");
        }
    }

    /// <summary>Whole numbers without a decimal point; others with full (round-trip) precision.</summary>
    public static string Number(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e15
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);
}

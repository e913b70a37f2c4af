using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Application;

/// <summary>What <see cref="Pipeline.MeasureAsync"/> is asked for.</summary>
/// <param name="AsOf">The as-of date.</param>
/// <param name="From">The first month reported.</param>
/// <param name="To">The last month reported.</param>
/// <param name="KpisFile">Where kpis.csv goes, or null for none (the rows are in the result either way).</param>
/// <param name="PatientsFile">Where patients.csv goes (patient ids, owner-only), or null for none.</param>
/// <param name="ForReports">Whether to collect, in the same pass, what the workbooks need besides the rows (billing, ED categories, action lists).</param>
/// <param name="Progress">Sees the pass as it goes, or null.</param>
internal sealed record MeasureRequest(
    DateOnly AsOf, Month From, Month To, string? KpisFile = null, string? PatientsFile = null, bool ForReports = false, IMeasureProgress? Progress = null)
{
    /// <summary>The months the reports show: the 24 ending with the as-of date's month.</summary>
    public static MeasureRequest ForReportsAsOf(DateOnly asOf, string? kpisFile = null, string? patientsFile = null, IMeasureProgress? progress = null)
    {
        var to = Month.Of(asOf);
        return new(asOf, to.Plus(-23), to, kpisFile, patientsFile, ForReports: true, progress);
    }
}

using QiPipeline.Metrics.Engine;

namespace QiPipeline.Metrics.Output;

/// <summary>
/// patients.csv, written as units are computed:
/// <c>measure_id,clinic_id,period,patient_id,unit_id,in_denominator,excluded,in_numerator,pending</c>.
/// </summary>
public sealed class PatientCsvWriter(TextWriter writer)
{
    /// <summary>The header line.</summary>
    public const string Header = "measure_id,clinic_id,period,patient_id,unit_id,in_denominator,excluded,in_numerator,pending";

    /// <summary>Writes the header.</summary>
    public Task WriteHeaderAsync() => writer.WriteAsync(Header + "\n");

    /// <summary>Writes one patient's units.</summary>
    public async Task WriteAsync(IReadOnlyList<UnitResult> units)
    {
        foreach (var u in units)
        {
            await writer.WriteAsync(string.Join(',',
                Csv.Field(u.MeasureId), Csv.Field(u.ClinicId), u.Period.ToString(), Csv.Field(u.PatientId), Csv.Field(u.UnitId),
                Csv.Bool(u.InDenominator), Csv.Bool(u.Excluded), Csv.Bool(u.InNumerator), Csv.Bool(u.Pending)) + "\n");
        }
    }
}

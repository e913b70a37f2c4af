using CsvHelper;
using QiPipeline.Metrics.Engine;

namespace QiPipeline.Metrics.Output;

/// <summary>
/// patients.csv, written as units are computed:
/// <c>measure_id,clinic_id,period,patient_id,unit_id,in_denominator,excluded,in_numerator,pending</c>.
/// Each call ends flushed onto the text writer, which the caller owns and closes.
/// </summary>
public sealed class PatientCsvWriter(TextWriter writer)
{
    /// <summary>The header line.</summary>
    public const string Header = "measure_id,clinic_id,period,patient_id,unit_id,in_denominator,excluded,in_numerator,pending";

    private readonly CsvWriter _csv = Csv.Writer(writer);

    /// <summary>Writes the header.</summary>
    public async Task WriteHeaderAsync()
    {
        _csv.WriteRecord(Header.Split(','));
        await _csv.FlushAsync(CancellationToken.None);
    }

    /// <summary>Writes one patient's units.</summary>
    public async Task WriteAsync(IReadOnlyList<UnitResult> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        foreach (var u in units)
        {
            _csv.WriteField(u.MeasureId);
            _csv.WriteField(u.ClinicId);
            _csv.WriteField(u.Period.ToString());
            _csv.WriteField(u.PatientId);
            _csv.WriteField(u.UnitId);
            _csv.WriteField(Csv.Bool(u.InDenominator));
            _csv.WriteField(Csv.Bool(u.Excluded));
            _csv.WriteField(Csv.Bool(u.InNumerator));
            _csv.WriteField(Csv.Bool(u.Pending));
            _csv.EndRecord();
        }

        await _csv.FlushAsync(CancellationToken.None);
    }
}

using System.Buffers;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Output;

/// <summary>
/// patients.csv, written as units are computed:
/// <c>measure_id,clinic_id,period,patient_id,unit_id,in_denominator,excluded,in_numerator,pending</c>.
/// The file holds every unit (about 90 rows per patient, 91M rows at 1M patients), so the common
/// field, an id of letters, digits and a few marks, is written straight onto the text writer; any
/// other value goes through <see cref="Csv.Field"/>, so quoting and formula escaping stay the CSV
/// writers' own. The caller owns the text writer, buffers it and closes it.
/// </summary>
public sealed class PatientCsvWriter(TextWriter writer)
{
    /// <summary>The header line.</summary>
    public const string Header = "measure_id,clinic_id,period,patient_id,unit_id,in_denominator,excluded,in_numerator,pending";

    // Characters that never need quotes; a leading '-' does (a spreadsheet would run it), so it is checked apart.
    private static readonly SearchValues<char> Plain =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.:/#");

    private readonly Dictionary<Month, string> _periods = [];

    /// <summary>Writes the header.</summary>
    public Task WriteHeaderAsync()
    {
        writer.Write(Header);
        writer.Write('\n');
        return Task.CompletedTask;
    }

    /// <summary>Writes one patient's units.</summary>
    public Task WriteAsync(IReadOnlyList<UnitResult> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        foreach (var u in units)
        {
            WriteField(u.MeasureId);
            writer.Write(',');
            WriteField(u.ClinicId);
            writer.Write(',');
            writer.Write(Period(u.Period));
            writer.Write(',');
            WriteField(u.PatientId);
            writer.Write(',');
            WriteField(u.UnitId);
            writer.Write(u.InDenominator ? ",true" : ",false");
            writer.Write(u.Excluded ? ",true" : ",false");
            writer.Write(u.InNumerator ? ",true" : ",false");
            writer.Write(u.Pending ? ",true\n" : ",false\n");
        }

        return Task.CompletedTask;
    }

    private void WriteField(string value)
    {
        // Csv.Field quotes an empty value (alone it would be an empty line); between commas it needs nothing.
        var plain = value.Length == 0 || (value[0] != '-' && !value.AsSpan().ContainsAnyExcept(Plain));
        writer.Write(plain ? value : Csv.Field(value));
    }

    private string Period(Month period)
    {
        if (!_periods.TryGetValue(period, out var text))
        {
            text = period.ToString();
            _periods.Add(period, text);
        }

        return text;
    }
}

using System.Globalization;
using QiPipeline.Metrics.Engine;

namespace QiPipeline.Metrics.Output;

/// <summary>
/// kpis.csv, the output contract of the README:
/// <c>measure_id,clinic_id,period,numerator,denominator,rate,status</c>, one row per measure,
/// clinic (and ALL) and month, invariant culture, an empty rate for a zero denominator, numbers
/// as plain decimals (see <see cref="Number"/>).
/// </summary>
public static class KpiCsv
{
    /// <summary>The header line.</summary>
    public const string Header = "measure_id,clinic_id,period,numerator,denominator,rate,status";

    /// <summary>Writes the rows of the stratum <c>all</c>.</summary>
    public static async Task WriteAsync(TextWriter writer, IEnumerable<KpiRow> rows)
    {
        await using var csv = Csv.Writer(writer);
        csv.WriteRecord(Header.Split(','));
        foreach (var row in rows.Where(r => r.Stratum == KpiRow.AllStratum))
        {
            csv.WriteField(row.MeasureId);
            csv.WriteField(row.ClinicId);
            csv.WriteField(row.Period.ToString());
            csv.WriteField(Number(row.Numerator));
            csv.WriteField(row.Denominator.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(row.Rate is { } rate ? Number(rate) : "");
            csv.WriteField(row.Status);
            csv.EndRecord();
        }

        await csv.FlushAsync(CancellationToken.None);
    }

    /// <summary>
    /// Whole numbers without a decimal point; others as plain decimals with every round-trip digit
    /// (a fractional sum of avoidable ED weights keeps all its decimals, never fewer than 6), and
    /// never in exponent form (<c>1.2E-05</c>), which a reader expecting a decimal would not take.
    /// </summary>
    public static string Number(double value)
    {
        if (value == Math.Floor(value) && Math.Abs(value) < 1e15)
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('E', StringComparison.Ordinal) ? WithoutExponent(text) : text;
    }

    /// <summary>Moves the decimal point of a round-trip text such as <c>-1.25E-07</c> instead of writing the exponent.</summary>
    private static string WithoutExponent(string text)
    {
        var e = text.IndexOf('E', StringComparison.Ordinal);
        var exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var sign = text[0] == '-' ? "-" : "";
        var mantissa = text[sign.Length..e];
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = mantissa.Replace(".", "", StringComparison.Ordinal);
        var point = (dot < 0 ? mantissa.Length : dot) + exponent;
        return point <= 0
            ? $"{sign}0.{new string('0', -point)}{digits}"
            : point >= digits.Length
                ? sign + digits + new string('0', point - digits.Length)
                : $"{sign}{digits[..point]}.{digits[point..]}";
    }
}

using System.Globalization;
using System.Text;
using CsvHelper;
using QiPipeline.Application.Configuration;
using QiPipeline.Metrics.Output;
using QiPipeline.Metrics.Spc;

namespace QiPipeline.Cli.Commands;

internal static partial class SpcCommand
{
    private const string Header = "part,x,y,cl,lcl,ucl,sigma_signal,longest_run,longest_run_max,n_crossings,n_crossings_min,runs_signal";

    /// <summary>
    /// One row per point, written with the output files' CSV writer (labels quoted as needed and never a
    /// formula). Numbers in the invariant culture at full (round-trip) precision; an empty field where
    /// there is no value (run chart limits, the first moving range); signals as 1 or 0; the runs fields
    /// repeat on every point of their part.
    /// </summary>
    private static async Task WriteAsync(string path, List<string> labels, SpcChart chart, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new ConfigurationException($"{path}: the folder {folder} does not exist");
        }

        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        await using (var csv = Csv.Writer(text))
        {
            csv.WriteRecord(Header.Split(','));
            foreach (var point in chart.Points)
            {
                var runs = chart.Parts[point.Part - 1].Runs;
                Whole(csv, point.Part);
                csv.WriteField(labels[point.Index]);
                Number(csv, point.Value);
                Number(csv, point.Centre);
                Number(csv, point.Lower);
                Number(csv, point.Upper);
                csv.WriteField(Flag(point.SigmaSignal));
                Whole(csv, runs?.LongestRun);
                Whole(csv, runs?.LongestRunLimit);
                Whole(csv, runs?.Crossings);
                Whole(csv, runs?.CrossingsLimit);
                csv.WriteField(runs is null ? string.Empty : Flag(runs.Signal));
                csv.EndRecord();
            }

            await csv.FlushAsync(cancellationToken);
        }

        await Reports.AtomicFile.WriteAllBytesAsync(path, new UTF8Encoding(false).GetBytes(text.ToString()), ownerOnly: false, cancellationToken);
    }

    /// <summary>
    /// A number as a typed field: round-trip digits, and never taken for a formula (a lower limit or a
    /// value may be negative, and a leading minus on a number is no injection).
    /// </summary>
    private static void Number(CsvWriter csv, double? value)
    {
        if (value is { } v && !double.IsNaN(v))
        {
            csv.WriteField(v, "R");
        }
        else
        {
            csv.WriteField(string.Empty);
        }
    }

    private static void Whole(CsvWriter csv, int? value)
    {
        if (value is { } v)
        {
            csv.WriteField(v, string.Empty);
        }
        else
        {
            csv.WriteField(string.Empty);
        }
    }

    private static string Flag(bool value) => value ? "1" : "0";
}

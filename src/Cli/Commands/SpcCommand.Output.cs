using System.Globalization;
using System.Text;
using QiPipeline.Application.Configuration;
using QiPipeline.Metrics.Spc;

namespace QiPipeline.Cli.Commands;

internal static partial class SpcCommand
{
    private const string Header = "part,x,y,cl,lcl,ucl,sigma_signal,longest_run,longest_run_max,n_crossings,n_crossings_min,runs_signal";

    /// <summary>
    /// One row per point. Numbers in the invariant culture at full (round-trip) precision; an empty field where
    /// there is no value (run chart limits, the first moving range); signals as 1 or 0; the runs fields repeat
    /// on every point of their part.
    /// </summary>
    private static async Task WriteAsync(string path, List<string> labels, SpcChart chart, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new ConfigurationException($"{path}: the folder {folder} does not exist");
        }

        var text = new StringBuilder().Append(Header).Append('\n');
        foreach (var point in chart.Points)
        {
            var runs = chart.Parts[point.Part - 1].Runs;
            string[] fields =
            [
                Whole(point.Part), Quoted(labels[point.Index]), Number(point.Value), Number(point.Centre), Number(point.Lower), Number(point.Upper),
                Flag(point.SigmaSignal), Whole(runs?.LongestRun), Whole(runs?.LongestRunLimit), Whole(runs?.Crossings), Whole(runs?.CrossingsLimit),
                runs is null ? string.Empty : Flag(runs.Signal),
            ];
            text.AppendJoin(',', fields).Append('\n');
        }

        await Reports.AtomicFile.WriteAllBytesAsync(path, new UTF8Encoding(false).GetBytes(text.ToString()), ownerOnly: false, cancellationToken);
    }

    private static string Number(double? value) =>
        value is { } v && !double.IsNaN(v) ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    private static string Whole(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Flag(bool value) => value ? "1" : "0";

    /// <summary>A label as the other output files write text: quoted as needed, never a formula.</summary>
    private static string Quoted(string field) => Metrics.Output.Csv.Field(field);
}

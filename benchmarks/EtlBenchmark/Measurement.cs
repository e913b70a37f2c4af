using System.Diagnostics;
using System.Globalization;

namespace QiPipeline.EtlBenchmark;

/// <summary>One timed load in its own process: rows, wall seconds, the process's peak working set.</summary>
internal sealed record Measurement(long Rows, double Seconds, double PeakMb)
{
    public static Measurement Of(long rows, Stopwatch clock) =>
        new(rows, clock.Elapsed.TotalSeconds, Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0));

    public string ToCsv() => string.Join(',', Rows.ToString(CultureInfo.InvariantCulture),
        Seconds.ToString("R", CultureInfo.InvariantCulture), PeakMb.ToString("R", CultureInfo.InvariantCulture));

    public static Measurement FromCsv(string line)
    {
        var f = line.Split(',');
        return new Measurement(long.Parse(f[0], CultureInfo.InvariantCulture), double.Parse(f[1], CultureInfo.InvariantCulture), double.Parse(f[2], CultureInfo.InvariantCulture));
    }
}

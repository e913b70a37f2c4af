using System.Diagnostics;
using System.Globalization;

namespace QiPipeline.EtlBenchmark;

/// <summary>
/// One timed load in its own process: rows, wall seconds, the process's peak working set and its CPU seconds
/// (user and system, every thread: DuckDB's included, PostgreSQL's server not). CPU is steadier than wall
/// time when other work shares the cores.
/// </summary>
internal sealed record Measurement(long Rows, double Seconds, double PeakMb, double CpuSeconds)
{
    public static Measurement Of(long rows, Stopwatch clock)
    {
        using var self = Process.GetCurrentProcess();
        return new(rows, clock.Elapsed.TotalSeconds, self.PeakWorkingSet64 / (1024.0 * 1024.0), self.TotalProcessorTime.TotalSeconds);
    }

    public string ToCsv() => string.Join(',', Rows.ToString(CultureInfo.InvariantCulture),
        Seconds.ToString("R", CultureInfo.InvariantCulture), PeakMb.ToString("R", CultureInfo.InvariantCulture), CpuSeconds.ToString("R", CultureInfo.InvariantCulture));

    public static Measurement FromCsv(string line)
    {
        var f = line.Split(',');
        return new Measurement(
            long.Parse(f[0], CultureInfo.InvariantCulture), double.Parse(f[1], CultureInfo.InvariantCulture), double.Parse(f[2], CultureInfo.InvariantCulture), double.Parse(f[3], CultureInfo.InvariantCulture));
    }
}

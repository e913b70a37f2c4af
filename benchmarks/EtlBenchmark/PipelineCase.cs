using System.Diagnostics;
using System.Globalization;

namespace QiPipeline.EtlBenchmark;

/// <summary>
/// The whole monthly job, <c>qi run</c>, as a user runs it: the built <c>qi</c> (Release) in a child process on
/// the generated clinics (two CSV clinics and the SQLite one), into a new DuckDB warehouse. Its own closing stage
/// table gives each stage's seconds and the process's peak memory at the stage's end; this reads it back.
/// </summary>
internal static class PipelineCase
{
    /// <summary>Where <c>dotnet build -c Release src/Cli</c> puts qi.</summary>
    public static string DefaultQi => Path.GetFullPath(Path.Combine("src", "Cli", "bin", "Release", "net10.0", "qi.dll"));

    public static async Task<IReadOnlyList<string>> RunAsync(string qi, string dataFolder, string workFolder)
    {
        // A new warehouse each time: the first month's run, the heaviest one.
        if (Directory.Exists(workFolder))
        {
            Directory.Delete(workFolder, recursive: true);
        }

        Directory.CreateDirectory(workFolder);
        var run = await RunAsync(qi, Path.Combine(dataFolder, "qi.json"), DataSet.End, Path.Combine(workFolder, "warehouse.duckdb"), workFolder);
        return run.Table;
    }

    /// <summary>
    /// One <c>qi run</c> of <paramref name="config"/> into <paramref name="warehouse"/> (new or kept from an
    /// earlier run), its reports and charts under <paramref name="outputFolder"/>. Exit code 2 (a source
    /// failed, the rest ran) is returned for the caller to judge; any other failure throws.
    /// </summary>
    public static async Task<PipelineRun> RunAsync(string qi, string config, DateOnly asOf, string warehouse, string outputFolder)
    {
        if (!File.Exists(qi))
        {
            throw new FileNotFoundException($"build qi first: dotnet build -c Release src/Cli (looked for {qi})");
        }

        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { qi, "run", "--config", config, "--as-of", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) })
        {
            info.ArgumentList.Add(argument);
        }

        // The generated qi.json puts the warehouse and reports beside the data folders; each run says where instead.
        info.Environment["QI_WAREHOUSE__CONNECTIONSTRING"] = $"Data Source={warehouse}";
        info.Environment["QI_REPORTS__OUTPUTDIR"] = Path.Combine(outputFolder, "reports");
        info.Environment["QI_REPORTS__CHARTSDIR"] = Path.Combine(outputFolder, "charts");
        using var child = Process.Start(info)!;
        var errorRead = child.StandardError.ReadToEndAsync();
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        var error = await errorRead;
        var errorTail = error[^Math.Min(2000, error.Length)..];
        if (child.ExitCode is not (0 or 2))
        {
            throw new InvalidOperationException($"qi run exited {child.ExitCode}: {errorTail}");
        }

        var lines = output.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        var header = Array.FindLastIndex(lines, l => l.StartsWith("stage ", StringComparison.Ordinal));
        if (header < 0)
        {
            throw new InvalidOperationException("qi run printed no stage table:\n" + output);
        }

        // The table ends at the blank line before the paths written.
        var end = Array.FindIndex(lines, header, l => l.Length == 0);
        return new PipelineRun(child.ExitCode, lines[header..(end < 0 ? lines.Length : end)], errorTail, Path.Combine(outputFolder, "reports"));
    }
}

using System.Diagnostics;
using QiPipeline.SampleData;

namespace QiPipeline.EtlBenchmark;

/// <summary>The generated clinics of one size, made once and reused by every engine.</summary>
internal static class DataSet
{
    public static readonly DateOnly End = new(2026, 10, 31);

    private static readonly string[] CsvSources = ["north", "east"];

    public static async Task<string> EnsureAsync(string folder, int patients)
    {
        if (File.Exists(Path.Combine(folder, "qi.json")))
        {
            return "reused";
        }

        var clock = Stopwatch.StartNew();
        await ClinicGenerator.GenerateAsync(folder, new GeneratorOptions { Patients = patients, End = End }, CancellationToken.None);
        return $"generated in {clock.Elapsed.TotalSeconds:F1} s";
    }

    /// <summary>The CSV extract folders (the SQLite source is left out so both paths read the same files).</summary>
    public static IEnumerable<string> CsvFolders(string folder) =>
        CsvSources.Select(f => Path.Combine(folder, f)).Where(Directory.Exists);
}

using System.Diagnostics;
using QiPipeline.SampleData.Tests.Support;

namespace QiPipeline.SampleData.Tests;

public sealed class StreamingTests
{
    /// <summary>
    /// Patients are simulated and written one at a time (the generator never lists them), so a
    /// larger run only takes longer; its files hold exactly the rows it reports.
    /// </summary>
    [Fact]
    public async Task GenerateAsync_TwentyThousandPatients_WritesConsistentRowCounts()
    {
        using var folder = new TempFolder();
        var stopwatch = Stopwatch.StartNew();

        var report = await ClinicGenerator.GenerateWithReportAsync(
            folder.Path, new GeneratorOptions { Patients = 20_000, End = new DateOnly(2025, 12, 31) }, CancellationToken.None);

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(60), $"took {stopwatch.Elapsed}");
        Assert.Equal(20_000, report.Sources.Sum(s => s.Patients));
        foreach (var source in new[] { "north", "east" })
        {
            var stats = report.Source(source);
            foreach (var shape in EntityShape.All)
            {
                var lines = File.ReadLines(Path.Combine(folder.Path, source, shape.FileName)).Count();
                Assert.Equal(stats.Rows(shape.Entity) + 1, lines);
            }

            var patientIds = File.ReadLines(Path.Combine(folder.Path, source, "patients.csv")).Skip(1).Select(l => l.Split(',')[0]).ToHashSet();
            Assert.Equal(stats.Patients, patientIds.Count(id => id.Length == 9));
        }

        var south = Source.ReadDatabase(folder.Path);
        Assert.All(EntityShape.All, shape => Assert.Equal(report.Source("south").Rows(shape.Entity), south[shape.Name].Rows.Count));
    }

    [Fact]
    public async Task GenerateAsync_Cancelled_StopsWithOperationCanceled()
    {
        using var folder = new TempFolder();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ClinicGenerator.GenerateAsync(folder.Path, new GeneratorOptions { Patients = 5000, End = new DateOnly(2025, 12, 31) }, cancellation.Token));
    }
}

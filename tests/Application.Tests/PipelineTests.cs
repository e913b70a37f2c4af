using Microsoft.Extensions.DependencyInjection;
using QiPipeline.Application.Configuration;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Warehouse.Dialects;
using QiPipeline.Warehouse.Locking;

namespace QiPipeline.Application.Tests;

/// <summary>The application layer's operations, on three loaded synthetic clinics.</summary>
public sealed class PipelineTests(DemoWarehouse demo) : IClassFixture<DemoWarehouse>
{
    [Fact]
    public async Task MeasureThenReport_RowsInMemory_WritesTheThreeWorkbooksAndNoMeasureFile()
    {
        var pipeline = demo.Pipeline();
        var folder = demo.Folder.File("reports-in-memory");

        var measures = await pipeline.MeasureAsync(MeasureRequest.ForReportsAsOf(DemoWarehouse.End), CancellationToken.None);
        var report = await pipeline.ReportAsync(new ReportRequest(measures, folder), CancellationToken.None);

        // The workbooks of the as-of month (README: qi-monthly-, qi-value-, qi-pilot-YYYY-MM.xlsx), the charts of that month.
        Assert.Equal(
            [Path.Combine(folder, "qi-monthly-2025-05.xlsx"), Path.Combine(folder, "qi-value-2025-05.xlsx"), Path.Combine(folder, "qi-pilot-2025-05.xlsx")],
            report.Workbooks);
        Assert.All(report.Workbooks, w => Assert.True(new FileInfo(w).Length > 0, w));
        Assert.Equal(demo.Folder.File(Path.Combine("charts", "2025-05")), report.Charts); // the demo's reports.chartsDir: ../charts

        // Nothing but the workbooks and the charts: the rows came in memory, no kpis.csv (nor patients.csv) was written.
        Assert.Empty(Directory.EnumerateFiles(folder, "*.csv", SearchOption.AllDirectories));
        Assert.Empty(Directory.EnumerateFiles(demo.Folder.Path, "kpis*", SearchOption.AllDirectories));
        Assert.Equal(3, Directory.EnumerateFiles(folder).Count());
    }

    [Fact]
    public async Task Measure_Last24Months_RowsCoverTheMonthsAskedAndCollectForReportsOnlyWhenAsked()
    {
        var pipeline = demo.Pipeline();
        var to = Month.Of(DemoWarehouse.End);

        var plain = await pipeline.MeasureAsync(new MeasureRequest(DemoWarehouse.End, to.Plus(-23), to), CancellationToken.None);
        var forReports = await pipeline.MeasureAsync(MeasureRequest.ForReportsAsOf(DemoWarehouse.End), CancellationToken.None);

        Assert.Null(plain.Collected);
        Assert.NotNull(forReports.Collected?.Billing);
        Assert.Equal(Enumerable.Range(0, 24).Select(i => to.Plus(i - 23)), plain.Rows.Select(r => r.Period).Distinct().Order());
        Assert.Equal(plain.Rows.Count, forReports.Rows.Count);
    }

    [Fact]
    public async Task Factory_FromTheContainer_ResolvesTheWarehouseOnceAndItsLockExcludesASecondPipeline()
    {
        await using var services = new ServiceCollection().AddQiPipeline().BuildServiceProvider();
        var factory = services.GetRequiredService<PipelineFactory>();
        var first = factory.Open(demo.ConfigPath, new Dictionary<string, string?>());
        var second = factory.Open(demo.ConfigPath, new Dictionary<string, string?>());

        Assert.IsType<DuckDbDialect>(first.Warehouse.Dialect);
        await using (await first.LockAsync(CancellationToken.None))
        {
            await Assert.ThrowsAsync<WarehouseLockedException>(() => second.LockAsync(CancellationToken.None));
        }

        await using (await second.LockAsync(CancellationToken.None))
        {
        }
    }

    [Fact]
    public void Open_UnknownKey_ConfigurationErrorNamingItBeforeAnyWork()
    {
        var config = demo.Folder.File("typo.json");
        File.WriteAllText(config, """{ "warehouse": { "provider": "duckdb", "connectionString": "Data Source=typo.duckdb" }, "sources": [ { "name": "n", "type": "csv", "path": "n", "retrys": 2 } ] }""");

        using var services = new ServiceCollection().AddQiPipeline().BuildServiceProvider();

        var error = Assert.Throws<ConfigurationException>(() => services.GetRequiredService<PipelineFactory>().Open(config, new Dictionary<string, string?>()));

        Assert.Contains("sources[0].retrys", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(demo.Folder.File("typo.duckdb")));
    }
}

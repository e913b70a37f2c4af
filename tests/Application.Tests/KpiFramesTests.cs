using System.Globalization;
using Microsoft.Data.Analysis;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Application.Tests;

/// <summary>
/// <see cref="KpiFrames"/>: the columns docs/analysis.md names, and a row per kpi row of the run, whose stratum
/// <c>all</c> rows are kpis.csv's (the output contract) line for line.
/// </summary>
public sealed class KpiFramesTests(DemoWarehouse demo) : IClassFixture<DemoWarehouse>
{
    [Fact]
    public async Task ReadAsync_ConfigurationAndAsOf_TheRunsRowsWithTheDocumentedColumns()
    {
        var frame = await KpiFrames.ReadAsync(demo.ConfigPath, DemoWarehouse.End);

        Assert.Equal(
            ["measure_id", "clinic_id", "period", "stratum", "stratum_value", "numerator", "denominator", "rate", "status", "median_days"],
            frame.Columns.Select(c => c.Name));

        // The same run through the pipeline, writing kpis.csv: the frame's stratum-all rows are its lines.
        var to = Month.Of(DemoWarehouse.End);
        var kpis = demo.Folder.File("kpis.csv");
        var run = await demo.Pipeline().MeasureAsync(new MeasureRequest(DemoWarehouse.End, to.Plus(-23), to, kpis), CancellationToken.None);
        Assert.Equal(run.Rows.Count, frame.Rows.Count);

        var lines = File.ReadAllLines(kpis);
        Assert.Equal("measure_id,clinic_id,period,numerator,denominator,rate,status", lines[0]);
        var all = frame.Rows.Where(r => (string)r["stratum"] == "all").ToList();
        Assert.Equal(lines.Length - 1, all.Count);
        for (var i = 0; i < all.Count; i++)
        {
            var row = all[i];
            var cells = lines[i + 1].Split(',');
            Assert.Equal(cells[0], (string)row["measure_id"]);
            Assert.Equal(cells[1], (string)row["clinic_id"]);
            Assert.Equal(cells[2], (string)row["period"]);
            Assert.Equal(double.Parse(cells[3], CultureInfo.InvariantCulture), (double)row["numerator"], 12);
            Assert.Equal(long.Parse(cells[4], CultureInfo.InvariantCulture), (long)row["denominator"]);
            if (cells[5].Length == 0)
            {
                Assert.Null(row["rate"]);
            }
            else
            {
                Assert.Equal(double.Parse(cells[5], CultureInfo.InvariantCulture), (double)row["rate"], 12);
            }

            Assert.Equal(cells[6], (string)row["status"]);
        }
    }

    [Fact]
    public void FromRows_ZeroDenominator_NullRateAsKpisCsvLeavesItEmpty()
    {
        var frame = KpiFrames.FromRows([
            new Metrics.Engine.KpiRow("depression_screening", "N1", new Month(2025, 5), "all", "all", 0, 0, false, null),
            new Metrics.Engine.KpiRow("depression_screening", "N1", new Month(2025, 4), "all", "all", 3, 4, true, 12.5),
        ]);

        Assert.Equal(2, frame.Rows.Count);
        Assert.Null(frame["rate"][0]);
        Assert.Equal(0.75, frame["rate"][1]);
        Assert.Equal("2025-04", frame["period"][1]);
        Assert.Equal("pending", frame["status"][1]);
        Assert.Equal(12.5, frame["median_days"][1]);
        Assert.IsType<Int64DataFrameColumn>(frame["denominator"]);
    }
}

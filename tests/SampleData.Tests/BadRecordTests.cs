using System.Globalization;
using QiPipeline.SampleData.Tests.Support;

namespace QiPipeline.SampleData.Tests;

[Collection(DemoCollectionDefinition.Name)]
public sealed class BadRecordTests(DemoFixture demo)
{
    public static readonly TheoryData<string> Sources = new(["north", "south", "east"]);

    [Theory]
    [MemberData(nameof(Sources))]
    public void GenerateAsync_DefaultOptions_InjectsEveryReasonInEverySource(string source)
    {
        var bad = demo.Report.Source(source).Bad;

        foreach (var reason in RejectReasons.All)
        {
            Assert.True(bad[reason] >= 3, $"{source}: {RejectReasons.Code(reason)} injected {bad[reason]} times");
        }
    }

    [Fact]
    public void GenerateAsync_DefaultOptions_BadShareCloseToBadRate()
    {
        var share = (double)demo.Report.BadRecords / demo.Report.Records;

        Assert.InRange(share, DemoFixture.Options.BadRate * 0.9, DemoFixture.Options.BadRate * 1.1);
        Assert.All(demo.Report.Sources, s => Assert.InRange((double)s.Bad.Total / s.Records, 0.004, 0.006));
    }

    /// <summary>
    /// An independent validator rejects exactly the injected rows, for every reason: good rows are
    /// valid, and bad ones (through the south's mapping queries too) stay detectably bad.
    /// </summary>
    [Theory]
    [MemberData(nameof(Sources))]
    public void IndependentValidation_EachSource_RejectsExactlyTheInjectedRows(string source)
    {
        var stats = demo.Report.Source(source);

        var rejects = Rejects.Find(demo.Source(source), DemoFixture.RunDate);

        Assert.Equal(stats.Bad.Total, rejects.Rows.Count);
        foreach (var reason in RejectReasons.All)
        {
            var code = RejectReasons.Code(reason);
            Assert.True(rejects.Count(code) >= stats.Bad[reason], $"{source}: {code} found {rejects.Count(code)}, injected {stats.Bad[reason]}");
        }
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void GenerateAsync_EachSource_RowCountsMatchTheReport(string source)
    {
        var stats = demo.Report.Source(source);
        var tables = demo.Source(source);

        foreach (var shape in EntityShape.All)
        {
            Assert.Equal(stats.Rows(shape.Entity), tables[shape.Name].Rows.Count);
        }
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void GoodScreenings_EachSource_PositiveFollowsTheThresholds(string source)
    {
        var tables = demo.Source(source);
        var rejected = Rejects.Find(tables, DemoFixture.RunDate).Rows.Where(r => r.Entity == "screenings").Select(r => r.Row).ToHashSet();
        var sexes = tables["patients"].Rows.GroupBy(r => r[0]).ToDictionary(g => g.Key ?? "", g => g.First()[3]);
        var screenings = tables["screenings"];
        var (patient, instrument, score, positive) =
            (screenings.Index("patient_id"), screenings.Index("instrument"), screenings.Index("score"), screenings.Index("positive"));

        var checkedRows = 0;
        for (var i = 0; i < screenings.Rows.Count; i++)
        {
            var row = screenings.Rows[i];
            if (rejected.Contains(i) || row[score] is null)
            {
                continue;
            }

            var value = int.Parse(row[score]!, CultureInfo.InvariantCulture);
            var threshold = row[instrument] switch
            {
                "PHQ-2" or "55758-7" or "GAD-2" or "DAST-10" => 3,
                "AUDIT-C" or "75626-2" => sexes[row[patient]!] == "M" ? 4 : 3,
                "CRAFFT" => 2,
                _ => 10,
            };
            Assert.Equal(value >= threshold ? "true" : "false", row[positive]);
            checkedRows++;
        }

        Assert.True(checkedRows > 1000);
    }
}

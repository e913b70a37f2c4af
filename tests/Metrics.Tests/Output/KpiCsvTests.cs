using System.Globalization;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Output;
using QiPipeline.Metrics.Tests.Support;

namespace QiPipeline.Metrics.Tests.Output;

/// <summary>kpis.csv numbers: a decimal in invariant culture, at least 6 decimals kept where fractional (docs/measures.md, the outputs).</summary>
public sealed class KpiCsvTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(3.0, "3")]
    [InlineData(1.125, "1.125")]
    [InlineData(2.0000005, "2.0000005")]
    [InlineData(12.123456789, "12.123456789")]
    [InlineData(0.0000012, "0.0000012")]
    [InlineData(0.00001, "0.00001")]
    [InlineData(1.25e-10, "0.000000000125")]
    public void Number_Value_PlainDecimalWithEveryDigit(double value, string expected)
    {
        Assert.Equal(expected, KpiCsv.Number(value));
    }

    [Theory]
    [InlineData(0.30000000000000004)]
    [InlineData(1.0 / 3)]
    [InlineData(2.0 / 3e6)]
    [InlineData(123456.7890123)]
    public void Number_FractionalValue_ParsesBackToTheSameDoubleWithAtLeastSixDecimals(double value)
    {
        var text = KpiCsv.Number(value);

        Assert.DoesNotContain('E', text);
        Assert.Equal(value, double.Parse(text, CultureInfo.InvariantCulture));
        Assert.True(text.Length - text.IndexOf('.', StringComparison.Ordinal) - 1 >= 6, text);
    }

    [Fact]
    public async Task WriteAsync_FractionalAvoidableSum_NumeratorKeepsItsDecimals()
    {
        var row = new KpiRow("avoidable_ed_visits", "N1", Contexts.M("2025-03"), KpiRow.AllStratum, KpiRow.AllStratum, 1.1234567, 4, Pending: false, MedianDays: null);
        using var writer = new StringWriter();

        await KpiCsv.WriteAsync(writer, [row]);

        Assert.Equal(KpiCsv.Header + "\navoidable_ed_visits,N1,2025-03,1.1234567,4,0.280864175,final\n", writer.ToString());
    }
}

using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Output;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Tests.Output;

/// <summary>
/// kpis.csv and patients.csv are opened in spreadsheets: no field may begin with a character that
/// makes a spreadsheet run it as a formula (OWASP, CSV injection: = + - @ tab, carriage return). OWASP's
/// advice: prepend a single quote and wrap the field in double quotes.
/// </summary>
public sealed class CsvFormulaTests
{
    private static readonly Month May = new(2025, 5);

    [Theory]
    [InlineData("=2+2", "\"'=2+2\"")]
    [InlineData("+2", "\"'+2\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\t=1", "\"'\t=1\"")]
    [InlineData("=HYPERLINK(\"http://x\",\"a,b\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"a,b\"\")\"")]
    [InlineData("N1", "N1")]
    [InlineData("a,b", "\"a,b\"")]
    public void Field_TextThatASpreadsheetWouldRun_IsWrittenAsText(string value, string written) =>
        Assert.Equal(written, Csv.Field(value));

    [Fact]
    public async Task KpiCsv_ClinicIdThatIsAFormula_IsNotWrittenAsOne()
    {
        using var text = new StringWriter();

        await KpiCsv.WriteAsync(text, [new KpiRow("depression_screening", "=2+2", May, KpiRow.AllStratum, "", 1, 2, false, null)]);

        Assert.Equal(KpiCsv.Header + "\ndepression_screening,\"'=2+2\",2025-05,1,2,0.5,final\n", text.ToString());
    }

    [Fact]
    public async Task PatientCsv_IdsThatAreFormulas_AreNotWrittenAsOnes()
    {
        using var text = new StringWriter();
        var writer = new PatientCsvWriter(text);

        await writer.WriteAsync([UnitResult.Proportion("depression_screening", "N1", May, "=HYPERLINK(\"http://x\")", "@E1", met: true)]);

        var fields = text.ToString().TrimEnd('\n');
        Assert.Equal("depression_screening,N1,2025-05,\"'=HYPERLINK(\"\"http://x\"\")\",\"'@E1\",true,false,true,false", fields);
    }
}

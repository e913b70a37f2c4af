using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Output;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Tests.Output;

/// <summary>
/// patients.csv rows as the output contract gives them: the nine columns in order, the period as
/// YYYY-MM, flags as true/false, LF line ends, and RFC 4180 quoting (a field holding a comma, a quote
/// or a line break is quoted, its quotes doubled) for ids that need it, whichever way the writer takes.
/// </summary>
public sealed class PatientCsvWriterTests
{
    private static readonly Month March = new(2026, 3);

    [Fact]
    public async Task Write_PlainIds_OneLinePerUnitInContractOrder()
    {
        var text = await WriteAsync(
            UnitResult.Proportion("depression_screening", "N1", March, "N-P000001", "N-E0000002", met: true),
            UnitResult.Proportion("warm_handoff", "S1", new Month(2025, 12), "S_17", "REF:9/2#a", met: false, pending: true),
            UnitResult.Exclusion("depression_response_6m", "E1", March, "E.5", "E.5"));

        Assert.Equal(
            PatientCsvWriter.Header + "\n"
            + "depression_screening,N1,2026-03,N-P000001,N-E0000002,true,false,true,false\n"
            + "warm_handoff,S1,2025-12,S_17,REF:9/2#a,true,false,false,true\n"
            + "depression_response_6m,E1,2026-03,E.5,E.5,false,true,false,false\n",
            text);
    }

    [Theory]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("José", "José")]
    [InlineData("", "")]
    [InlineData("-5", "\"'-5\"")]
    [InlineData("5-", "5-")]
    public async Task Write_AnIdThatNeedsCare_IsWrittenAsRfc4180AndFormulaSafe(string patient, string written)
    {
        var text = await WriteAsync(UnitResult.Proportion("phq9_utilization", "N1", March, patient, "U1", met: false));

        Assert.Equal($"phq9_utilization,N1,2026-03,{written},U1,true,false,false,false\n", text[(PatientCsvWriter.Header.Length + 1)..]);
    }

    private static async Task<string> WriteAsync(params UnitResult[] units)
    {
        using var text = new StringWriter();
        var writer = new PatientCsvWriter(text);
        await writer.WriteHeaderAsync();
        await writer.WriteAsync(units);
        return text.ToString();
    }
}

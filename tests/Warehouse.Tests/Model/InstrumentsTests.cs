using QiPipeline.Warehouse.Model;

namespace QiPipeline.Warehouse.Tests.Model;

/// <summary>The instrument table against docs/contract.md.</summary>
public sealed class InstrumentsTests
{
    [Theory]
    [InlineData("PHQ-9", "PHQ-9", 27)]
    [InlineData("44261-6", "PHQ-9", 27)]
    [InlineData("55758-7", "PHQ-2", 6)]
    [InlineData("89204-2", "PHQ-A", 27)]
    [InlineData("PHQ-9M", "PHQ-A", 27)]
    [InlineData("70274-6", "GAD-7", 21)]
    [InlineData("75626-2", "AUDIT-C", 12)]
    [InlineData("75624-7", "AUDIT", 40)]
    [InlineData("82667-7", "DAST-10", 10)]
    [InlineData("gad-2", "GAD-2", 6)]
    [InlineData("SINGLE-ALCOHOL", "SINGLE-ALCOHOL", 366)]
    [InlineData("EPDS", "EPDS", 30)]
    [InlineData("CRAFFT", "CRAFFT", 6)]
    public void Find_NameOrLoinc_GivesCanonicalInstrumentAndRange(string nameOrCode, string name, int maxScore)
    {
        var instrument = Instruments.Find(nameOrCode);

        Assert.NotNull(instrument);
        Assert.Equal((name, maxScore), (instrument.Name, instrument.MaxScore));
    }

    [Theory]
    [InlineData("AHC-HRSN")]
    [InlineData("PRAPARE")]
    public void Find_SocialNeedsInstrument_HasNoScore(string name) => Assert.False(Instruments.Find(name)!.IsScored);

    [Fact]
    public void Find_UnknownInstrument_IsNull() => Assert.Null(Instruments.Find("PHQ-99"));
}

using QiPipeline.Metrics.Measures;

namespace QiPipeline.Metrics.Tests.Measures;

/// <summary>The avoidable ED weights (docs/measures.md "avoidable_ed_visits"): the shipped NYU/Johnston table and a replacement file.</summary>
public sealed class EdClassificationTests
{
    private const string Header = "icd10,edcnnpa,edcnpa,epct,noner,injury,psych,alcohol,drug";

    [Theory]
    [InlineData("J06.9", 1.0)]
    [InlineData("j069", 1.0)]
    [InlineData(" J06.9 ", 1.0)]
    [InlineData("I10", 1.0)]
    [InlineData("R51", 0.8701298701)]
    [InlineData("R10.9", 0.6697247706)]
    [InlineData("A03.9", 0.8285714285)]
    [InlineData("A34", 0)]
    [InlineData("S52.501A", 0)]
    [InlineData("F32.9", 0)]
    public void Shipped_ClassifiedCode_WeightIsNonerPlusEpctPlusEdcnpaOfItsRow(string dx, double weight)
    {
        // The rows of the Johnston et al. (2017) table as published in the Tuva Project's seed data, e.g.
        // R51: edcnnpa 0.1298701299, edcnpa 0, epct 0.0909090909, noner 0.7792207792.
        Assert.True(EdClassification.Shipped.TryClassify(dx, out _));
        Assert.Equal(weight, EdClassification.Shipped.AvoidableWeight(dx), tolerance: 1e-9);
    }

    [Theory]
    [InlineData("U07.1")]
    [InlineData("M54.50")]
    [InlineData("T14.91XA")]
    [InlineData("J06")]
    [InlineData("")]
    [InlineData(null)]
    public void Shipped_CodeNotInTheTable_UnclassifiedWithWeightZero(string? dx)
    {
        // U07.1 (2020) and M54.50 (2021) are younger than the table; J06 is a category, not a billable code:
        // the match is exact, never by prefix.
        Assert.False(EdClassification.Shipped.TryClassify(dx, out _));
        Assert.Equal(0, EdClassification.Shipped.AvoidableWeight(dx));
    }

    [Fact]
    public void Shipped_Table_EveryRowOfThePublishedFileWithItsCategories()
    {
        Assert.Equal(47_132, EdClassification.Shipped.Count);
        Assert.True(EdClassification.Shipped.TryClassify("S52.501A", out var injury));
        Assert.Equal(new EdWeights(0, 0, 0, 0, 1, 0, 0, 0), injury);
        Assert.True(EdClassification.Shipped.TryClassify("F10.20", out var alcohol));
        Assert.Equal(1, alcohol.Alcohol);
        Assert.True(EdClassification.Shipped.TryClassify("R45.851", out var psych));
        Assert.Equal(1, psych.Psych);
        Assert.True(EdClassification.Shipped.TryClassify("H66.90", out var otitis));
        Assert.Equal(new EdWeights(0, 0.0379746835, 0.5907172996, 0.3713080169, 0, 0, 0, 0), otitis);
    }

    [Fact]
    public void Shipped_TwoReads_TheSameTableReadOnce()
    {
        Assert.Same(EdClassification.Shipped, EdClassification.Shipped);
    }

    [Theory]
    [InlineData("J06.9", 0.875)]
    [InlineData("j069", 0.875)]
    [InlineData("J06", 0.25)]
    [InlineData("J06.0", 0)]
    [InlineData("I10", 0)]
    [InlineData("R45.851", 0.5)]
    [InlineData(null, 0)]
    public void FromCsv_Table_WeightIsNonerPlusEpctPlusEdcnpaForTheExactCode(string? dx, double weight)
    {
        // edcnnpa, injury, psych, alcohol and drug are not part of the avoidable weight.
        var csv = $"""
            {Header}
            J069,0.1,0.125,0.25,0.5,0.9,0.9,0.9,0.9
            J06,0.75,0,0,0.25,0,0,0,0
            r45.851,0,0.5,0,0,0,1,0,0
            """;

        var classification = EdClassification.FromCsv(new StringReader(csv));

        Assert.Equal(weight, classification.AvoidableWeight(dx), 9);
    }

    [Fact]
    public void FromCsv_ColumnsInAnotherOrderQuotedAndABom_ReadByName()
    {
        var csv = "\uFEFFDrug,Alcohol,Psych,Injury,NONER,EPCT,EDCNPA,EDCNNPA,ICD10\r\n0,0,0,0,\"0.5\",0.25,0,0.25,\"J45.909\"\r\n\r\n";

        var classification = EdClassification.FromCsv(new StringReader(csv));

        Assert.Equal(0.75, classification.AvoidableWeight("J45.909"), 9);
        Assert.True(classification.TryClassify("J45.909", out var weights));
        Assert.Equal(new EdWeights(0.25, 0, 0.25, 0.5, 0, 0, 0, 0), weights);
    }

    [Fact]
    public void FromCsv_HeaderOnly_EveryCodeUnclassified()
    {
        var classification = EdClassification.FromCsv(new StringReader(Header));

        Assert.Equal(0, classification.AvoidableWeight("J06.9"));
        Assert.False(classification.TryClassify("J06.9", out _));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("\n\n", "empty")]
    [InlineData("icd10,edcnnpa,edcnpa,epct,noner,injury,psych,alcohol\nJ069,0,0,0,1,0,0,0", "line 1: the header lacks drug")]
    [InlineData(Header + "\nJ069,0,0,0,1,0,0,0", "line 2: 8 fields where the header has 9")]
    [InlineData(Header + "\nJ069,0,0,abc,1,0,0,0,0", "line 2: epct must be a number from 0 to 1, not 'abc'")]
    [InlineData(Header + "\nJ069,0,0,0,-0.1,0,0,0,0", "line 2: noner")]
    [InlineData(Header + "\nJ069,0,1.5,0,0,0,0,0,0", "line 2: edcnpa")]
    [InlineData(Header + "\nJ069,0,,0,0,0,0,0,0", "line 2: edcnpa")]
    [InlineData(Header + "\nJ069,0,NaN,0,0,0,0,0,0", "line 2: edcnpa")]
    [InlineData(Header + "\n ,0,0,0,1,0,0,0,0", "line 2: icd10 is empty")]
    [InlineData(Header + "\nJ06.9,0,0,0,1,0,0,0,0\nj069,0,0,0,1,0,0,0,0", "line 3: icd10 j069 appears twice")]
    [InlineData(Header + "\n\"J069,0,0,0,1,0,0,0,0", "line 2: a quoted field is not closed")]
    [InlineData(Header + "\nJ069,0,0,0,1,0,0,0,0\n\nJ45,0,0,x,1,0,0,0,0", "line 4: epct")]
    [InlineData(Header + "\nJ069,0,0,0,1,2,0,0,0", "line 2: injury must be a number from 0 to 1, not '2'")]
    [InlineData(Header + "\nJ069,0,0,0,1,0,0,0,drug", "line 2: drug")]
    public void FromCsv_BadTable_FormatExceptionNamingTheLine(string csv, string message)
    {
        var error = Assert.Throws<FormatException>(() => EdClassification.FromCsv(new StringReader(csv)));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("ED weights table", error.Message, StringComparison.Ordinal);
    }
}

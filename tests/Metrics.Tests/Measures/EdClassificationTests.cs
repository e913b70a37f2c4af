using QiPipeline.Metrics.Measures;

namespace QiPipeline.Metrics.Tests.Measures;

/// <summary>The avoidable ED weights (docs/measures.md "ED use"): the built-in list and the NYU/Johnston table.</summary>
public sealed class EdClassificationTests
{
    private const string Header = "icd10,edcnnpa,edcnpa,epct,noner,injury,psych,alcohol,drug";

    [Theory]
    [InlineData("J06.9", 1)]
    [InlineData("j069", 1)]
    [InlineData(" J06.9 ", 1)]
    [InlineData("A09", 1)]
    [InlineData("B34.9", 1)]
    [InlineData("B34.8", 0)]
    [InlineData("I10", 1)]
    [InlineData("E11.9", 1)]
    [InlineData("E11.65", 0)]
    [InlineData("M54.50", 1)]
    [InlineData("M54.2", 0)]
    [InlineData("N39.0", 1)]
    [InlineData("N39.3", 0)]
    [InlineData("R05.1", 1)]
    [InlineData("R50.9", 1)]
    [InlineData("R50.81", 0)]
    [InlineData("Z76.0", 1)]
    [InlineData("R07.9", 0)]
    [InlineData("S52.501A", 0)]
    [InlineData("", 0)]
    [InlineData(null, 0)]
    public void BuiltIn_PrimaryDiagnosis_WeightOneWhenItStartsWithAListedPrefix(string? dx, double weight)
    {
        Assert.False(EdClassification.BuiltIn.IsWeightsTable);
        Assert.Equal(weight, EdClassification.BuiltIn.AvoidableWeight(dx));
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

        Assert.True(classification.IsWeightsTable);
        Assert.Equal(weight, classification.AvoidableWeight(dx), 9);
    }

    [Fact]
    public void FromCsv_ColumnsInAnotherOrderQuotedAndABom_ReadByName()
    {
        var csv = "\uFEFFDrug,Alcohol,Psych,Injury,NONER,EPCT,EDCNPA,EDCNNPA,ICD10\r\n0,0,0,0,\"0.5\",0.25,0,0.25,\"J45.909\"\r\n\r\n";

        var classification = EdClassification.FromCsv(new StringReader(csv));

        Assert.Equal(0.75, classification.AvoidableWeight("J45.909"), 9);
    }

    [Fact]
    public void FromCsv_HeaderOnly_EveryWeightIsZero()
    {
        var classification = EdClassification.FromCsv(new StringReader(Header));

        Assert.Equal(0, classification.AvoidableWeight("J06.9"));
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
    public void FromCsv_BadTable_FormatExceptionNamingTheLine(string csv, string message)
    {
        var error = Assert.Throws<FormatException>(() => EdClassification.FromCsv(new StringReader(csv)));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("ED weights table", error.Message, StringComparison.Ordinal);
    }
}

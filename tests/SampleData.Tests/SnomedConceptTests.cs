namespace QiPipeline.SampleData.Tests;

/// <summary>The SNOMED CT concepts the FHIR clinic writes are well-formed identifiers (the Verhoeff check digit every SCTID ends with).</summary>
public sealed class SnomedConceptTests
{
    /// <summary>Verhoeff's dihedral group D5 multiplication table.</summary>
    private static readonly int[,] D =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 2, 3, 4, 0, 6, 7, 8, 9, 5 }, { 2, 3, 4, 0, 1, 7, 8, 9, 5, 6 },
        { 3, 4, 0, 1, 2, 8, 9, 5, 6, 7 }, { 4, 0, 1, 2, 3, 9, 5, 6, 7, 8 }, { 5, 9, 8, 7, 6, 0, 4, 3, 2, 1 },
        { 6, 5, 9, 8, 7, 1, 0, 4, 3, 2 }, { 7, 6, 5, 9, 8, 2, 1, 0, 4, 3 }, { 8, 7, 6, 5, 9, 3, 2, 1, 0, 4 },
        { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 },
    };

    /// <summary>Verhoeff's permutation; position i uses it applied i times.</summary>
    private static readonly int[] P = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4];

    [Theory]
    [InlineData("F32.1")]
    [InlineData("F32.9")]
    [InlineData("F33.2")]
    [InlineData("F31.81")]
    [InlineData("F20.9")]
    [InlineData("F41.1")]
    [InlineData("F10.10")]
    [InlineData("I10")]
    [InlineData("E78.5")]
    [InlineData("E11.9")]
    [InlineData("J45.909")]
    [InlineData("E66.9")]
    public void SnomedFor_EveryDiagnosisCode_HasAValidCheckDigit(string icd10) =>
        Assert.True(Verhoeff(FhirCodes.SnomedFor(icd10)), FhirCodes.SnomedFor(icd10));

    [Theory]
    [InlineData("F32.1", "370143000")]
    [InlineData("F33.1", "66344007")]
    [InlineData("F31.81", "13746004")]
    [InlineData("F20.9", "58214004")]
    [InlineData("F41.1", "21897009")]
    [InlineData("F10.10", "15167005")]
    public void SnomedFor_BehavioralCodes_AreTheValueSetsConcepts(string icd10, string concept) =>
        Assert.Equal(concept, FhirCodes.SnomedFor(icd10));

    [Theory]
    [InlineData("138875005", true)] // the SNOMED CT root concept
    [InlineData("138875004", false)]
    public void Verhoeff_KnownIdentifiers(string id, bool valid) => Assert.Equal(valid, Verhoeff(id));

    private static bool Verhoeff(string id)
    {
        var check = 0;
        for (var i = 0; i < id.Length; i++)
        {
            var digit = id[id.Length - 1 - i] - '0';
            for (var k = 0; k < i % 8; k++)
            {
                digit = P[digit];
            }

            check = D[check, digit];
        }

        return check == 0;
    }
}

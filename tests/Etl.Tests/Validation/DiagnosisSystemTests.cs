using QiPipeline.Etl.Sources;
using QiPipeline.Etl.Validation;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Etl.Tests.Validation;

/// <summary>
/// <c>dx_system</c> of diagnoses (docs/contract.md): empty is ICD-10-CM, <c>snomed</c> needs a SNOMED CT
/// concept id (6-18 digits, partition 00 or 10, Verhoeff check digit, as the SNOMED CT Technical
/// Implementation Guide defines SCTIDs); anything else is <c>bad_code</c>.
/// </summary>
public sealed class DiagnosisSystemTests
{
    private static readonly ValidationContext Context = new(new DateOnly(2025, 6, 30), new HashSet<string> { "N1" }, RequireUpdatedAt: false);

    private static readonly int SystemColumn = 1 + CanonicalModel.Diagnoses.IndexOf("dx_system");

    [Theory]
    [InlineData("370143000")] // Major depressive disorder (CMS159, Major Depression Including Remission)
    [InlineData("66344007")] // Recurrent major depression (idem)
    [InlineData("13746004")] // Bipolar disorder (CMS159, Bipolar Disorder)
    [InlineData("10811121000119102")] // a US extension concept: partition 10
    [InlineData("123008")] // six digits, the shortest SCTID: item 123, partition 00, check digit 8
    public void Validate_SnomedConceptId_IsAcceptedAndKeepsItsSystem(string code)
    {
        var row = Validate(code, "snomed");

        Assert.Null(Reasons(row));
        Assert.Equal("snomed", row[SystemColumn]);
    }

    [Theory]
    [InlineData("370143001", "a wrong Verhoeff check digit")]
    [InlineData("370143009", "another wrong check digit")]
    [InlineData("12345013", "a description id (partition 01), although its check digit is right")]
    [InlineData("12345", "five digits")]
    [InlineData("1234567890123456789", "nineteen digits")]
    [InlineData("0370143000", "a leading zero")]
    [InlineData("F32.9", "an ICD-10-CM code")]
    [InlineData("370143000 ", "a space")]
    public void Validate_SnomedCodeThatIsNotAConceptId_IsBadCode(string code, string why)
    {
        Assert.True(Reasons(Validate(code, "snomed")) == "bad_code", why);
    }

    [Fact]
    public void Validate_EmptySystem_IsIcd10CmAndStoredAsIcd10cm()
    {
        var row = Validate("F32.1", null);

        Assert.Null(Reasons(row));
        Assert.Equal("icd10cm", row[SystemColumn]);
    }

    [Theory]
    [InlineData("370143000", null)]
    [InlineData("370143000", "icd10cm")]
    [InlineData("F32.1", "SNOMED")]
    [InlineData("F32.1", "icd10")]
    [InlineData("F32.1", "sct")]
    public void Validate_CodeNotOfItsSystemOrAnUnknownSystem_IsBadCode(string code, string? system) =>
        Assert.Equal("bad_code", Reasons(Validate(code, system)));

    private static object?[] Validate(string code, string? system) =>
        new RecordValidator(CanonicalModel.Diagnoses, Context).Validate(new RawRecord(2, ["D1", "P1", code, "2025-03-04", system, null]));

    private static string? Reasons(object?[] row) => (string?)row[^2];
}

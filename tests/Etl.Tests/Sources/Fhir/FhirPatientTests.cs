using QiPipeline.Etl.Configuration;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Etl.Tests.Sources.Fhir;

/// <summary>Patient resources to patients records (docs/fhir.md, Patient): gender, US Core race and ethnicity, language, deceased[x], clinic.</summary>
public sealed class FhirPatientTests : IDisposable
{
    private const string Race = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race";
    private const string Ethnicity = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity";
    private const string Omb = "urn:oid:2.16.840.1.113883.6.238";

    private readonly FhirExport _export = new();

    public void Dispose() => _export.Dispose();

    [Fact]
    public async Task Read_FullPatient_MapsEveryColumn()
    {
        _export.Write("Patient.ndjson", $$$"""
            {"resourceType":"Patient","id":"p1","meta":{"lastUpdated":"2025-03-01T10:00:00Z"},"gender":"female","birthDate":"1980-05-17","deceasedDateTime":"2025-01-02T08:00:00-05:00","managingOrganization":{"reference":"Organization/org-n"},"extension":[{"url":"{{{Race}}}","extension":[{"url":"ombCategory","valueCoding":{"system":"{{{Omb}}}","code":"2054-5","display":"Black or African American"}},{"url":"text","valueString":"Black"}]},{"url":"{{{Ethnicity}}}","extension":[{"url":"ombCategory","valueCoding":{"system":"{{{Omb}}}","code":"2186-5"}},{"url":"text","valueString":"Not Hispanic"}]}],"communication":[{"language":{"coding":[{"system":"urn:ietf:bcp:47","code":"en","display":"English"}]}},{"language":{"coding":[{"system":"urn:ietf:bcp:47","code":"es"}],"text":"Spanish"},"preferred":true}]}
            """);

        var patient = await _export.SingleAsync(CanonicalModel.Patients, new FhirSourceOptions { Organizations = new Dictionary<string, string> { ["Organization/org-n"] = "N1" } });

        Assert.Equal("p1", patient["patient_id"]);
        Assert.Equal("N1", patient["clinic_id"]);
        Assert.Equal("1980-05-17", patient["birth_date"]);
        Assert.Equal("F", patient["sex"]);
        Assert.Equal("Black or African American", patient["race"]);
        Assert.Equal("Not Hispanic or Latino", patient["ethnicity"]);
        Assert.Equal("Spanish", patient["language"]);
        Assert.Null(patient["payer"]); // no Coverage
        Assert.Equal("2025-01-02T08:00:00-05:00", patient["death_date"]);
        Assert.Equal("2025-03-01T10:00:00Z", patient[CanonicalModel.UpdatedAt]);
        Assert.Null(patient[FhirExport.Problem]);
    }

    [Theory]
    [InlineData("female", "F")]
    [InlineData("male", "M")]
    [InlineData("other", "X")]
    [InlineData("unknown", "U")]
    [InlineData("woman", "woman")] // not FHIR's code: passed on, so the validator rejects it as bad_code
    public async Task Read_Gender_GivesTheContractSex(string gender, string sex)
    {
        _export.Write("Patient.ndjson", $$"""{"resourceType":"Patient","id":"p1","gender":"{{gender}}","birthDate":"1980-05-17"}""");

        Assert.Equal(sex, (await _export.SingleAsync(CanonicalModel.Patients))["sex"]);
    }

    [Theory]
    [InlineData("""[{"url":"ombCategory","valueCoding":{"code":"2106-3"}}]""", "White")]
    [InlineData("""[{"url":"ombCategory","valueCoding":{"code":"2106-3"}},{"url":"ombCategory","valueCoding":{"code":"2028-9"}},{"url":"text","valueString":"Mixed"}]""", "Two or More Races")]
    [InlineData("""[{"url":"ombCategory","valueCoding":{"code":"2106-3"}},{"url":"detailed","valueCoding":{"code":"2108-9"}}]""", "White")]
    [InlineData("""[{"url":"detailed","valueCoding":{"code":"2131-1"}},{"url":"text","valueString":"Other Race"}]""", "Other Race")]
    [InlineData("""[{"url":"ombCategory","valueCoding":{"system":"http://terminology.hl7.org/CodeSystem/v3-NullFlavor","code":"UNK"}}]""", null)]
    [InlineData("""[{"url":"text","valueString":"Declined"}]""", "Declined")]
    public async Task Read_UsCoreRace_OmbCategoryElseText(string parts, string? race)
    {
        _export.Write("Patient.ndjson", $$"""{"resourceType":"Patient","id":"p1","gender":"male","birthDate":"1980-05-17","extension":[{"url":"{{Race}}","extension":{{parts}}}]}""");

        Assert.Equal(race, (await _export.SingleAsync(CanonicalModel.Patients))["race"]);
    }

    [Theory]
    [InlineData("""[{"url":"ombCategory","valueCoding":{"code":"2135-2"}},{"url":"text","valueString":"Latina"}]""", "Hispanic or Latino")]
    [InlineData("""[{"url":"ombCategory","valueCoding":{"code":"2186-5"}}]""", "Not Hispanic or Latino")]
    [InlineData("""[{"url":"detailed","valueCoding":{"code":"2148-5"}},{"url":"text","valueString":"Mexican"}]""", "Hispanic or Latino")]
    [InlineData("""[{"url":"text","valueString":"Unknown"}]""", "Unknown")]
    public async Task Read_UsCoreEthnicity_OmbCategoryElseDetailedElseText(string parts, string ethnicity)
    {
        _export.Write("Patient.ndjson", $$"""{"resourceType":"Patient","id":"p1","gender":"male","birthDate":"1980-05-17","extension":[{"url":"{{Ethnicity}}","extension":{{parts}}}]}""");

        Assert.Equal(ethnicity, (await _export.SingleAsync(CanonicalModel.Patients))["ethnicity"]);
    }

    [Fact]
    public async Task Read_MinimalPatient_LeavesOptionalColumnsEmpty()
    {
        _export.Write("Patient.ndjson", """{"resourceType":"Patient","id":"p1","deceasedBoolean":true}""");

        var patient = await _export.SingleAsync(CanonicalModel.Patients);

        Assert.Equal("p1", patient["patient_id"]);
        Assert.All(["clinic_id", "birth_date", "sex", "race", "ethnicity", "language", "payer", "death_date", CanonicalModel.UpdatedAt], c => Assert.Null(patient[c]));
    }

    [Fact]
    public async Task Read_CommunicationWithoutPreferred_TakesTheFirstLanguagesDisplay()
    {
        _export.Write("Patient.ndjson", """{"resourceType":"Patient","id":"p1","communication":[{"language":{"coding":[{"code":"vi","display":"Vietnamese"}]}},{"language":{"text":"English"}}]}""");

        Assert.Equal("Vietnamese", (await _export.SingleAsync(CanonicalModel.Patients))["language"]);
    }

    [Fact]
    public async Task Read_UnmappedOrganization_GivesItsOwnIdSoTheRecordIsAnUnknownClinic()
    {
        _export.Write("Patient.ndjson", """{"resourceType":"Patient","id":"p1","managingOrganization":{"reference":"Organization/other"}}""");

        Assert.Equal("other", (await _export.SingleAsync(CanonicalModel.Patients, new FhirSourceOptions { ClinicId = "C1" }))["clinic_id"]);
    }

    [Fact]
    public async Task Read_NoOrganization_GivesTheConfiguredClinicElseNone()
    {
        _export.Write("Patient.ndjson", """{"resourceType":"Patient","id":"p1"}""");

        Assert.Equal("C1", (await _export.SingleAsync(CanonicalModel.Patients, new FhirSourceOptions { ClinicId = "C1" }))["clinic_id"]);
        Assert.Null((await _export.SingleAsync(CanonicalModel.Patients))["clinic_id"]);
    }

    [Fact]
    public async Task Read_Coverage_GivesThePrimaryActivePayer()
    {
        _export.Write("Patient.ndjson", """{"resourceType":"Patient","id":"p1"}""", """{"resourceType":"Patient","id":"p2"}""", """{"resourceType":"Patient","id":"p3"}""");
        _export.Write(
            "Coverage.ndjson",
            """{"resourceType":"Coverage","id":"c1","status":"active","order":2,"beneficiary":{"reference":"Patient/p1"},"payor":[{"display":"Commercial"}]}""",
            """{"resourceType":"Coverage","id":"c2","status":"active","order":1,"beneficiary":{"reference":"Patient/p1"},"payor":[{"display":"Medicaid"}]}""",
            """{"resourceType":"Coverage","id":"c3","status":"cancelled","beneficiary":{"reference":"Patient/p2"},"payor":[{"display":"Medicare"}]}""",
            """{"resourceType":"Coverage","id":"c4","status":"active","beneficiary":{"reference":"Patient/p3"},"type":{"text":"Self-pay"},"payor":[{"reference":"Patient/p3"}]}""");

        var patients = await _export.ReadAsync(CanonicalModel.Patients);

        Assert.Equal(["Medicaid", null, "Self-pay"], patients.Select(p => p["payer"]));
    }

    [Fact]
    public async Task Read_OrganizationByIdentifierOrAbsoluteReference_IsMapped()
    {
        _export.Write(
            "Patient.ndjson",
            """{"resourceType":"Patient","id":"p1","managingOrganization":{"identifier":{"system":"http://hl7.org/fhir/sid/us-npi","value":"1234567893"}}}""",
            """{"resourceType":"Patient","id":"p2","managingOrganization":{"reference":"https://ehr.example.org/fhir/Organization/org-n"}}""");
        var options = new FhirSourceOptions { Organizations = new Dictionary<string, string> { ["1234567893"] = "N1", ["Organization/org-n"] = "S1" } };

        var patients = await _export.ReadAsync(CanonicalModel.Patients, options);

        Assert.Equal(["N1", "S1"], patients.Select(p => p["clinic_id"]));
    }
}

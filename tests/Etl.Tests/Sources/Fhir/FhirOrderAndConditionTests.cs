using QiPipeline.Etl.Configuration;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Etl.Tests.Sources.Fhir;

/// <summary>ServiceRequest, MedicationDispense/MedicationRequest and Condition resources (docs/fhir.md).</summary>
public sealed class FhirOrderAndConditionTests : IDisposable
{
    private static readonly FhirSourceOptions Options = new()
    {
        ClinicId = "N1",
        ReferralServices = new Dictionary<string, string> { ["BHREF"] = "behavioral_health", ["408289007"] = "social_services" },
    };

    private readonly FhirExport _export = new();

    public void Dispose() => _export.Dispose();

    [Fact]
    public async Task Read_ServiceRequests_MappedCodesAndPatientReferralsAreReferrals()
    {
        _export.Write("ServiceRequest.ndjson", """
            {"resourceType":"ServiceRequest","id":"r1","status":"active","intent":"order","code":{"coding":[{"system":"urn:clinic:orders","code":"BHREF"}]},"subject":{"reference":"Patient/p1"},"authoredOn":"2025-02-03T10:00:00-05:00","extension":[{"url":"urn:qipipeline:fhir:warm-handoff","valueBoolean":true}]}
            {"resourceType":"ServiceRequest","id":"r2","status":"completed","intent":"order","category":[{"coding":[{"system":"http://snomed.info/sct","code":"3457005"}]}],"code":{"coding":[{"system":"http://snomed.info/sct","code":"183524004"}]},"subject":{"reference":"Patient/p1"},"authoredOn":"2025-02-04"}
            {"resourceType":"ServiceRequest","id":"r3","status":"active","intent":"order","category":[{"coding":[{"system":"http://snomed.info/sct","code":"108252007"}]}],"code":{"coding":[{"system":"http://loinc.org","code":"2345-7"}]},"subject":{"reference":"Patient/p1"},"authoredOn":"2025-02-04"}
            {"resourceType":"ServiceRequest","id":"r4","status":"entered-in-error","intent":"order","code":{"coding":[{"code":"BHREF"}]},"subject":{"reference":"Patient/p1"},"authoredOn":"2025-02-04"}
            {"resourceType":"ServiceRequest","id":"r5","status":"active","intent":"order","category":[{"coding":[{"system":"http://snomed.info/sct","code":"408289007"}]}],"subject":{"reference":"Patient/p1"},"occurrenceDateTime":"2025-02-05","extension":[{"url":"urn:qipipeline:fhir:warm-handoff","valueBoolean":false}]}
            {"resourceType":"ServiceRequest","id":"r6","status":"active","intent":"order","code":{"coding":[{"code":"BHREF"}]},"subject":{"reference":"Patient/p1"},"authoredOn":"2025-02-06","extension":[{"url":"urn:qipipeline:fhir:warm-handoff","valueString":"yes"}]}
            """);

        var referrals = await _export.ReadAsync(CanonicalModel.Referrals, Options);

        Assert.Equal(["r1", "r2", "r5", "r6"], referrals.Select(r => r["referral_id"]));
        Assert.Equal(["behavioral_health", "other", "social_services", "behavioral_health"], referrals.Select(r => r["service"]));
        Assert.Equal(["true", null, "false", "yes"], referrals.Select(r => r["warm_handoff"])); // "yes": not a boolean, a bad_code reject
        Assert.Equal(["2025-02-03T10:00:00-05:00", "2025-02-04", "2025-02-05", "2025-02-06"], referrals.Select(r => r["referral_date"]));
        Assert.All(referrals, r => Assert.Equal(("p1", "N1"), (r["patient_id"], r["clinic_id"])));
    }

    [Fact]
    public async Task Read_Dispenses_AreFillsClassedByIngredientCodeOrName()
    {
        _export.Write("MedicationDispense.ndjson", """
            {"resourceType":"MedicationDispense","id":"f1","status":"completed","medicationCodeableConcept":{"coding":[{"system":"http://www.nlm.nih.gov/research/umls/rxnorm","code":"36437","display":"sertraline"}],"text":"Zoloft 50 mg"},"subject":{"reference":"Patient/p1"},"whenHandedOver":"2025-02-03T16:00:00-05:00","daysSupply":{"value":30,"unit":"days","code":"d"}}
            {"resourceType":"MedicationDispense","id":"f2","status":"completed","medicationCodeableConcept":{"coding":[{"system":"http://www.nlm.nih.gov/research/umls/rxnorm","code":"312940","display":"sertraline 50 MG Oral Tablet"}]},"subject":{"reference":"Patient/p1"},"whenHandedOver":"2025-03-03","daysSupply":{"value":4,"code":"wk"}}
            {"resourceType":"MedicationDispense","id":"f3","status":"completed","medicationCodeableConcept":{"coding":[{"system":"http://www.nlm.nih.gov/research/umls/rxnorm","code":"314076","display":"lisinopril 10 MG Oral Tablet"}]},"subject":{"reference":"Patient/p1"},"whenPrepared":"2025-03-03"}
            {"resourceType":"MedicationDispense","id":"f4","status":"cancelled","medicationCodeableConcept":{"text":"fluoxetine 20 mg"},"subject":{"reference":"Patient/p1"},"whenHandedOver":"2025-03-03","daysSupply":{"value":30}}
            """);
        _export.Write("MedicationRequest.ndjson", """{"resourceType":"MedicationRequest","id":"m1","status":"active","intent":"order","medicationCodeableConcept":{"text":"fluoxetine 20 mg"},"subject":{"reference":"Patient/p1"},"authoredOn":"2025-03-03"}""");

        var fills = await _export.ReadAsync(CanonicalModel.MedicationFills, Options);

        Assert.Equal(["f1", "f2", "f3"], fills.Select(f => f["fill_id"]));
        Assert.Equal(["Zoloft 50 mg", "sertraline 50 MG Oral Tablet", "lisinopril 10 MG Oral Tablet"], fills.Select(f => f["drug"]));
        Assert.Equal(["antidepressant", "antidepressant", "other"], fills.Select(f => f["drug_class"]));
        Assert.Equal(["30", "28", null], fills.Select(f => f["days_supply"]));
        Assert.Equal(["2025-02-03T16:00:00-05:00", "2025-03-03", "2025-03-03"], fills.Select(f => f["fill_date"]));
    }

    [Fact]
    public async Task Read_RequestsWithoutAnyDispenseFile_StandInForFills()
    {
        _export.Write("MedicationRequest.ndjson", """
            {"resourceType":"MedicationRequest","id":"m1","status":"active","intent":"order","medicationCodeableConcept":{"coding":[{"system":"http://www.nlm.nih.gov/research/umls/rxnorm","code":"4493"}],"text":"Prozac"},"subject":{"reference":"Patient/p1"},"authoredOn":"2025-03-03","dispenseRequest":{"expectedSupplyDuration":{"value":90,"code":"d"}}}
            {"resourceType":"MedicationRequest","id":"m2","status":"active","intent":"plan","medicationCodeableConcept":{"text":"fluoxetine"},"subject":{"reference":"Patient/p1"},"authoredOn":"2025-03-03"}
            {"resourceType":"MedicationRequest","id":"m3","status":"stopped","intent":"order","medicationCodeableConcept":{"text":"fluoxetine"},"subject":{"reference":"Patient/p1"},"authoredOn":"2025-03-03"}
            """);

        var fill = await _export.SingleAsync(CanonicalModel.MedicationFills, Options);

        Assert.Equal(("m1", "Prozac", "antidepressant", "90", "2025-03-03"), (fill["fill_id"], fill["drug"], fill["drug_class"], fill["days_supply"], fill["fill_date"]));
    }

    [Fact]
    public async Task Read_Conditions_KeepIcd10CmElseSnomedWithTheirSystem()
    {
        _export.Write("Condition.ndjson", """
            {"resourceType":"Condition","id":"c1","code":{"coding":[{"system":"http://snomed.info/sct","code":"370143000"},{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"F32.9"}]},"subject":{"reference":"Patient/p1"},"onsetDateTime":"2025-02-03T10:00:00-05:00"}
            {"resourceType":"Condition","id":"c2","code":{"coding":[{"system":"http://snomed.info/sct","code":"66344007"}]},"subject":{"reference":"Patient/p1"},"recordedDate":"2025-02-04"}
            {"resourceType":"Condition","id":"c3","code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-9-cm","code":"296.2"}]},"subject":{"reference":"Patient/p1"},"onsetPeriod":{"start":"2025-02-05"}}
            {"resourceType":"Condition","id":"c4","code":{"text":"low mood"},"subject":{"reference":"Patient/p1"},"onsetDateTime":"2025-02-05"}
            {"resourceType":"Condition","id":"c5","verificationStatus":{"coding":[{"code":"entered-in-error"}]},"code":{"coding":[{"system":"http://snomed.info/sct","code":"66344007"}]},"subject":{"reference":"Patient/p1"},"onsetDateTime":"2025-02-05"}
            {"resourceType":"Condition","id":"c6","verificationStatus":{"coding":[{"code":"refuted"}]},"code":{"coding":[{"system":"http://snomed.info/sct","code":"66344007"}]},"subject":{"reference":"Patient/p1"},"onsetDateTime":"2025-02-05"}
            """);
        var diagnoses = CanonicalModel.Diagnoses;

        var records = await _export.ReadAsync(diagnoses, Options);

        Assert.Equal(["c1", "c2", "c3", "c4"], records.Select(r => r["diagnosis_id"]));
        Assert.Equal(["F32.9", "66344007", "296.2", null], records.Select(r => r["dx_code"]));
        Assert.Equal(["2025-02-03T10:00:00-05:00", "2025-02-04", "2025-02-05", "2025-02-05"], records.Select(r => r["dx_date"]));
    }

    [Fact]
    public async Task Read_Conditions_FillDxSystemByNameWhenTheEntityHasIt()
    {
        _export.Write("Condition.ndjson", """
            {"resourceType":"Condition","id":"c1","code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"F32.9"}]},"subject":{"reference":"Patient/p1"},"onsetDateTime":"2025-02-03"}
            {"resourceType":"Condition","id":"c2","code":{"coding":[{"system":"http://snomed.info/sct","code":"66344007"}]},"subject":{"reference":"Patient/p1"},"onsetDateTime":"2025-02-03"}
            """);

        // The diagnoses entity with dx_system between its columns, in another order than the reader knows.
        var withSystem = new EntityDefinition(
            "diagnoses", "patient_id", "dx_date",
            new Column("diagnosis_id", ColumnType.Text, Required: true),
            new Column("dx_system", ColumnType.Text),
            new Column("patient_id", ColumnType.Text, Required: true),
            new Column("dx_code", ColumnType.Text, Required: true),
            new Column("dx_date", ColumnType.Date, Required: true));

        var records = await _export.ReadAsync(withSystem, Options);

        Assert.Equal(["icd10cm", "snomed"], records.Select(r => r["dx_system"]));
        Assert.Equal(["F32.9", "66344007"], records.Select(r => r["dx_code"]));
        Assert.Equal(["p1", "p1"], records.Select(r => r["patient_id"]));
    }
}

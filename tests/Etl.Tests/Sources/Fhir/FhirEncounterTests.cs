using QiPipeline.Etl.Configuration;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Etl.Tests.Sources.Fhir;

/// <summary>Encounter and Appointment resources to encounters and ed_visits records (docs/fhir.md, Encounter, Appointment).</summary>
public sealed class FhirEncounterTests : IDisposable
{
    private static readonly FhirSourceOptions Options = new()
    {
        Organizations = new Dictionary<string, string> { ["Organization/org-n"] = "N1" },
        EncounterTypes = new Dictionary<string, string> { ["BH"] = "behavioral_health", ["CCM"] = "care_management" },
    };

    private readonly FhirExport _export = new();

    public void Dispose() => _export.Dispose();

    [Fact]
    public async Task Read_FinishedAmbulatoryVisit_MapsEveryColumn()
    {
        _export.Write("Encounter.ndjson", """
            {"resourceType":"Encounter","id":"e1","meta":{"lastUpdated":"2025-03-01T10:00:00Z"},"status":"finished","class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"AMB"},"type":[{"coding":[{"system":"urn:clinic:visit-types","code":"BH"}]}],"subject":{"reference":"Patient/p1"},"participant":[{"individual":{"reference":"Practitioner/dr-a"}},{"type":[{"coding":[{"code":"PPRF"}]}],"individual":{"reference":"Practitioner/dr-b"}}],"period":{"start":"2025-02-03T09:00:00-05:00","end":"2025-02-03T09:40:00-05:00"},"length":{"value":45,"unit":"minutes","system":"http://unitsofmeasure.org","code":"min"},"serviceProvider":{"reference":"Organization/org-n"}}
            """);

        var encounter = await _export.SingleAsync(CanonicalModel.Encounters, Options);

        Assert.Equal("e1", encounter["encounter_id"]);
        Assert.Equal("p1", encounter["patient_id"]);
        Assert.Equal("N1", encounter["clinic_id"]);
        Assert.Equal("2025-02-03T09:00:00-05:00", encounter["encounter_date"]);
        Assert.Equal("behavioral_health", encounter["encounter_type"]);
        Assert.Equal("in_person", encounter["modality"]);
        Assert.Equal("completed", encounter["status"]);
        Assert.Equal("dr-b", encounter["provider_id"]);
        Assert.Equal("45", encounter["minutes"]); // length wins over the period's 40 minutes
    }

    [Theory]
    [InlineData("AMB", "", "primary_care", "in_person")]
    [InlineData("VR", "", "primary_care", "telehealth")]
    [InlineData("VR", "185317003", "primary_care", "phone")]
    [InlineData("AMB", "CCM", "care_management", "in_person")]
    [InlineData("IMP", "", "other", "in_person")]
    [InlineData("HH", "", "primary_care", "HH")] // another class is passed on: a bad_code reject
    public async Task Read_Class_GivesTypeAndModality(string type, string code, string encounterType, string modality)
    {
        var types = code.Length == 0 ? "" : $$""","type":[{"coding":[{"code":"{{code}}"}]}]""";
        _export.Write("Encounter.ndjson", $$$"""{"resourceType":"Encounter","id":"e1","status":"finished","class":{"code":"{{{type}}}"}{{{types}}},"subject":{"reference":"Patient/p1"},"period":{"start":"2025-02-03"}}""");

        var encounter = await _export.SingleAsync(CanonicalModel.Encounters, Options);

        Assert.Equal(encounterType, encounter["encounter_type"]);
        Assert.Equal(modality, encounter["modality"]);
    }

    [Theory]
    [InlineData("finished", "completed")]
    [InlineData("cancelled", "cancelled")]
    [InlineData("unknown", "unknown")] // passed on: a bad_code reject
    public async Task Read_Status_GivesTheContractStatus(string status, string expected)
    {
        _export.Write("Encounter.ndjson", $$$"""{"resourceType":"Encounter","id":"e1","status":"{{{status}}}","class":{"code":"AMB"},"subject":{"reference":"Patient/p1"},"period":{"start":"2025-02-03"}}""");

        Assert.Equal(expected, (await _export.SingleAsync(CanonicalModel.Encounters, Options))["status"]);
    }

    [Theory]
    [InlineData("planned")]
    [InlineData("arrived")]
    [InlineData("triaged")]
    [InlineData("in-progress")]
    [InlineData("onleave")]
    [InlineData("entered-in-error")]
    public async Task Read_StatusOfNoVisit_IsNoRecord(string status)
    {
        _export.Write("Encounter.ndjson", $$$"""{"resourceType":"Encounter","id":"e1","status":"{{{status}}}","class":{"code":"AMB"},"subject":{"reference":"Patient/p1"},"period":{"start":"2025-02-03"}}""");

        Assert.Empty(await _export.ReadAsync(CanonicalModel.Encounters, Options));
    }

    [Theory]
    [InlineData("""{"start":"2025-02-03T09:00:00Z","end":"2025-02-03T09:29:40Z"}""", "", "30")]
    [InlineData("""{"start":"2025-02-03T09:00:00Z"}""", "", null)]
    [InlineData("""{"start":"2025-02-03T09:00:00Z"}""", ""","length":{"value":1.5,"code":"h"}""", "90")]
    [InlineData("""{"start":"2025-02-03T09:00:00Z"}""", ""","length":{"value":20.5,"code":"min"}""", "20.5")] // a fraction stays one: bad_number
    public async Task Read_LengthOrPeriod_GivesMinutes(string period, string length, string? minutes)
    {
        _export.Write("Encounter.ndjson", $$"""{"resourceType":"Encounter","id":"e1","status":"finished","class":{"code":"AMB"},"subject":{"reference":"Patient/p1"},"period":{{period}}{{length}}}""");

        Assert.Equal(minutes, (await _export.SingleAsync(CanonicalModel.Encounters, Options))["minutes"]);
    }

    [Fact]
    public async Task Read_MinimalEncounter_LeavesMissingValuesEmpty()
    {
        _export.Write("Encounter.ndjson", """{"resourceType":"Encounter","id":"e1"}""");

        var encounter = await _export.SingleAsync(CanonicalModel.Encounters);

        Assert.All(["patient_id", "clinic_id", "encounter_date", "modality", "status", "provider_id", "minutes"], c => Assert.Null(encounter[c]));
        Assert.Equal("primary_care", encounter["encounter_type"]);
    }

    [Fact]
    public async Task Read_NoShowAppointment_IsANoShowEncounter()
    {
        _export.Write(
            "Appointment.ndjson",
            """{"resourceType":"Appointment","id":"a1","status":"noshow","serviceType":[{"coding":[{"code":"BH"}]}],"start":"2025-02-04T14:00:00-05:00","participant":[{"actor":{"reference":"Patient/p1"}},{"actor":{"reference":"Practitioner/dr-a"}},{"actor":{"reference":"Organization/org-n"}}]}""",
            """{"resourceType":"Appointment","id":"a2","status":"booked","start":"2025-02-05T14:00:00-05:00","participant":[{"actor":{"reference":"Patient/p1"}}]}""");

        var noShow = await _export.SingleAsync(CanonicalModel.Encounters, Options);

        Assert.Equal("Appointment/a1", noShow["encounter_id"]);
        Assert.Equal("p1", noShow["patient_id"]);
        Assert.Equal("N1", noShow["clinic_id"]);
        Assert.Equal("2025-02-04T14:00:00-05:00", noShow["encounter_date"]);
        Assert.Equal("behavioral_health", noShow["encounter_type"]);
        Assert.Equal("no_show", noShow["status"]);
        Assert.Equal("dr-a", noShow["provider_id"]);
    }

    [Fact]
    public async Task Read_EmergencyVisit_IsAnEdVisitAndNoEncounter()
    {
        _export.Write("Encounter.ndjson", """
            {"resourceType":"Encounter","id":"ed1","status":"finished","class":{"code":"EMER"},"subject":{"reference":"Patient/p1"},"period":{"start":"2025-02-03T23:30:00-05:00"},"serviceProvider":{"reference":"Organization/h1","display":"General Hospital"},"reasonCode":[{"coding":[{"system":"http://snomed.info/sct","code":"267036007"},{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"R06.02"}]},{"coding":[{"system":"http://snomed.info/sct","code":"29857009"}]},{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"I10"}]}]}
            {"resourceType":"Encounter","id":"ed2","status":"finished","class":{"code":"EMER"},"subject":{"reference":"Patient/p1"},"period":{"start":"2025-03-03"},"reasonCode":[{"coding":[{"system":"http://snomed.info/sct","code":"29857009"}]}]}
            {"resourceType":"Encounter","id":"in2","status":"finished","class":{"code":"IMP"},"partOf":{"reference":"Encounter/ed2"},"subject":{"reference":"Patient/p1"},"period":{"start":"2025-03-03"}}
            """);

        var visits = await _export.ReadAsync(CanonicalModel.EdVisits, Options);

        Assert.Empty(await _export.ReadAsync(CanonicalModel.Encounters, Options)); // the admission is part of the ED visit, not a clinic encounter
        Assert.Equal(2, visits.Count);
        Assert.Equal(("ed1", "p1", "2025-02-03T23:30:00-05:00"), (visits[0]["ed_visit_id"], visits[0]["patient_id"], visits[0]["visit_date"]));
        Assert.Equal("R06.02", visits[0]["primary_dx"]);
        Assert.Equal("I10", visits[0]["other_dx"]); // the SNOMED-only reason is left out
        Assert.Equal("false", visits[0]["admitted"]);
        Assert.Equal("General Hospital", visits[0]["facility"]);
        Assert.Null(visits[1]["primary_dx"]); // SNOMED only: no ICD-10-CM diagnosis
        Assert.Equal("true", visits[1]["admitted"]);
        Assert.Null(visits[1]["facility"]);
    }
}

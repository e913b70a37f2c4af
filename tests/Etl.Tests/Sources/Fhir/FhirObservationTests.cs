using QiPipeline.Etl.Configuration;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Etl.Tests.Sources.Fhir;

/// <summary>Observation resources to screenings (by the instruments' LOINC total-score codes) and surveys (docs/fhir.md, Observation).</summary>
public sealed class FhirObservationTests : IDisposable
{
    private static readonly FhirSourceOptions Options = new()
    {
        ClinicId = "N1",
        Organizations = new Dictionary<string, string> { ["Organization/org-s"] = "S1" },
        SurveyCodes = ["experience-total"],
        InstrumentCodes = new Dictionary<string, string> { ["FLO-1234"] = "EPDS", ["FLO-77"] = "AHC-HRSN" },
    };

    private readonly FhirExport _export = new();

    public void Dispose() => _export.Dispose();

    [Fact]
    public async Task Read_Phq9WithItem9Component_IsAScreening()
    {
        _export.Write("Observation.ndjson", """
            {"resourceType":"Observation","id":"o1","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"44261-6"}]},"subject":{"reference":"Patient/p1"},"effectiveDateTime":"2025-02-03T09:10:00-05:00","valueQuantity":{"value":14,"system":"http://unitsofmeasure.org","code":"{score}"},"performer":[{"reference":"Organization/org-s"}],"component":[{"code":{"coding":[{"system":"http://loinc.org","code":"44260-8"}]},"valueCodeableConcept":{"coding":[{"system":"http://loinc.org","code":"LA6570-1","display":"More than half the days"}]}}]}
            """);

        var screening = await _export.SingleAsync(CanonicalModel.Screenings, Options);

        Assert.Equal("o1", screening["screening_id"]);
        Assert.Equal("p1", screening["patient_id"]);
        Assert.Equal("S1", screening["clinic_id"]);
        Assert.Equal("2025-02-03T09:10:00-05:00", screening["screening_date"]);
        Assert.Equal("44261-6", screening["instrument"]);
        Assert.Equal("14", screening["score"]);
        Assert.Equal("2", screening["item9_score"]);
        Assert.Null(screening["positive"]);
    }

    [Fact]
    public async Task Read_Item9AsItsOwnObservation_IsFoundByHasMemberElseBySameTime()
    {
        _export.Write("Observation.ndjson", """
            {"resourceType":"Observation","id":"t1","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"44261-6"}]},"subject":{"reference":"Patient/p1"},"effectiveDateTime":"2025-02-03T09:10:00Z","valueInteger":9,"hasMember":[{"reference":"Observation/i1"}]}
            {"resourceType":"Observation","id":"i1","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"44260-8"}]},"subject":{"reference":"Patient/p1"},"effectiveDateTime":"2025-02-03T09:00:00Z","valueInteger":1}
            {"resourceType":"Observation","id":"t2","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"44261-6"}]},"subject":{"reference":"Patient/p2"},"effectiveDateTime":"2025-02-04T09:10:00Z","valueInteger":20}
            {"resourceType":"Observation","id":"i2","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"44260-8"}]},"subject":{"reference":"Patient/p2"},"effectiveDateTime":"2025-02-04T09:10:00Z","valueCodeableConcept":{"coding":[{"system":"http://loinc.org","code":"LA6571-9"}]}}
            {"resourceType":"Observation","id":"t3","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"44261-6"}]},"subject":{"reference":"Patient/p3"},"effectiveDateTime":"2025-02-05T09:10:00Z","valueInteger":3}
            """);

        var screenings = await _export.ReadAsync(CanonicalModel.Screenings, Options);

        Assert.Equal(["t1", "t2", "t3"], screenings.Select(s => s["screening_id"]));
        Assert.Equal(["1", "3", null], screenings.Select(s => s["item9_score"]));
    }

    [Theory]
    [InlineData("55758-7")]
    [InlineData("89204-2")]
    [InlineData("70274-6")]
    [InlineData("75626-2")]
    [InlineData("75624-7")]
    [InlineData("82667-7")]
    public async Task Read_EveryInstrumentLoinc_IsAScreeningWithThatCode(string loinc)
    {
        _export.Write("Observation.ndjson", $$"""{"resourceType":"Observation","id":"o1","status":"amended","code":{"coding":[{"system":"http://loinc.org","code":"{{loinc}}"}]},"subject":{"reference":"Patient/p1"},"effectivePeriod":{"start":"2025-02-03"},"valueInteger":2}""");

        var screening = await _export.SingleAsync(CanonicalModel.Screenings, Options);

        Assert.Equal(loinc, screening["instrument"]);
        Assert.Equal("2025-02-03", screening["screening_date"]);
        Assert.Equal("N1", screening["clinic_id"]); // no performer: the configured clinic
    }

    [Theory]
    [InlineData("final", """{"system":"http://loinc.org","code":"8867-4"}""")] // heart rate: not an instrument
    [InlineData("final", """{"system":"http://snomed.info/sct","code":"44261-6"}""")] // the code, but not LOINC
    [InlineData("preliminary", """{"system":"http://loinc.org","code":"44261-6"}""")]
    [InlineData("entered-in-error", """{"system":"http://loinc.org","code":"44261-6"}""")]
    [InlineData("cancelled", """{"system":"http://loinc.org","code":"44261-6"}""")]
    public async Task Read_OtherObservation_IsNoScreening(string status, string coding)
    {
        _export.Write("Observation.ndjson", $$"""{"resourceType":"Observation","id":"o1","status":"{{status}}","code":{"coding":[{{coding}}]},"subject":{"reference":"Patient/p1"},"effectiveDateTime":"2025-02-03","valueInteger":2}""");

        Assert.Empty(await _export.ReadAsync(CanonicalModel.Screenings, Options));
    }

    [Fact]
    public async Task Read_InstrumentCodeMap_GivesTheInstrumentByNameWithInterpretationAsPositive()
    {
        _export.Write(
            "Observation.ndjson",
            """{"resourceType":"Observation","id":"o1","status":"final","code":{"coding":[{"system":"urn:ehr:flowsheet","code":"FLO-1234"}]},"subject":{"reference":"Patient/p1"},"effectiveDateTime":"2025-02-03","valueInteger":12,"interpretation":[{"coding":[{"code":"POS"}]}]}""",
            """{"resourceType":"Observation","id":"o2","status":"final","code":{"coding":[{"system":"urn:ehr:flowsheet","code":"FLO-77"}]},"subject":{"reference":"Patient/p1"},"effectiveDateTime":"2025-02-03","interpretation":[{"coding":[{"code":"NEG"}]}]}""",
            """{"resourceType":"Observation","id":"o3","status":"final","code":{"coding":[{"system":"urn:ehr:flowsheet","code":"FLO-9"}]},"subject":{"reference":"Patient/p1"},"effectiveDateTime":"2025-02-03","valueInteger":1}""");

        var screenings = await _export.ReadAsync(CanonicalModel.Screenings, Options);

        Assert.Equal([("EPDS", "12", "true"), ("AHC-HRSN", null, "false")], screenings.Select(s => (s["instrument"], s["score"], s["positive"])));
    }

    [Fact]
    public async Task Read_UnmappedPerformer_GivesItsIdSoTheScreeningIsAnUnknownClinic()
    {
        _export.Write("Observation.ndjson", """{"resourceType":"Observation","id":"o1","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"55758-7"}]},"subject":{"reference":"Patient/p1"},"effectiveDateTime":"2025-02-03","valueInteger":1,"performer":[{"reference":"Practitioner/dr-a"},{"reference":"Organization/W1"}]}""");

        Assert.Equal("W1", (await _export.SingleAsync(CanonicalModel.Screenings, Options))["clinic_id"]);
    }

    [Fact]
    public async Task Read_FractionalScore_StaysAsWritten()
    {
        _export.Write("Observation.ndjson", """{"resourceType":"Observation","id":"o1","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"55758-7"}]},"subject":{"reference":"Patient/p1"},"effectiveDateTime":"2025-02-03","valueQuantity":{"value":3.0}}""");

        Assert.Equal("3.0", (await _export.SingleAsync(CanonicalModel.Screenings, Options))["score"]); // whole: the validator accepts it
    }

    [Fact]
    public async Task Read_ConfiguredSurveyCode_IsASurveyWithReferenceRangeHighAsMaximum()
    {
        _export.Write(
            "Observation.ndjson",
            """{"resourceType":"Observation","id":"s1","status":"final","code":{"coding":[{"system":"urn:clinic:surveys","code":"experience-total"}]},"subject":{"reference":"Patient/p1"},"effectiveDateTime":"2025-02-03","valueInteger":8,"referenceRange":[{"low":{"value":0},"high":{"value":10}}]}""",
            """{"resourceType":"Observation","id":"o2","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"44261-6"}]},"subject":{"reference":"Patient/p1"},"effectiveDateTime":"2025-02-03","valueInteger":8}""");

        var survey = await _export.SingleAsync(CanonicalModel.Surveys, Options);

        Assert.Equal(("s1", "p1", "N1", "2025-02-03"), (survey["survey_id"], survey["patient_id"], survey["clinic_id"], survey["survey_date"]));
        Assert.Equal(("8", "10"), (survey["score"], survey["max_score"]));
        Assert.Single(await _export.ReadAsync(CanonicalModel.Screenings, Options));
    }

    [Fact]
    public async Task Read_NoSurveyCodesConfigured_NoSurveys()
    {
        _export.Write("Observation.ndjson", """{"resourceType":"Observation","id":"s1","status":"final","code":{"coding":[{"code":"experience-total"}]},"subject":{"reference":"Patient/p1"},"effectiveDateTime":"2025-02-03","valueInteger":8}""");

        Assert.Empty(await _export.ReadAsync(CanonicalModel.Surveys));
    }
}

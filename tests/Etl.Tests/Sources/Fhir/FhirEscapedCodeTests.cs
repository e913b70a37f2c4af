using QiPipeline.Etl.Configuration;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Etl.Tests.Sources.Fhir;

/// <summary>
/// JSON lets any character of a string or a key be written as a <c>\u</c> escape (RFC 8259, section 7).
/// The passes that skip lines by their text (ED visits, surveys, and the scans for item 9 answers and
/// admissions) must still find codes an exporter wrote that way.
/// </summary>
public sealed class FhirEscapedCodeTests : IDisposable
{
    private static readonly FhirSourceOptions Options = new() { ClinicId = "N1", SurveyCodes = ["experience-total"] };

    private readonly FhirExport _export = new();

    public void Dispose() => _export.Dispose();

    [Fact]
    public async Task Read_EmergencyClassAndPartOfEscaped_AreAnAdmittedEdVisit()
    {
        _export.Write(
            "Encounter.ndjson",
            """{"resourceType":"Encounter","id":"ed1","status":"finished","class":{"code":"\u0045MER"},"subject":{"reference":"Patient/p1"},"period":{"start":"2025-03-03"}}""",
            """{"resourceType":"Encounter","id":"in1","status":"finished","class":{"code":"IMP"},"part\u004Ff":{"reference":"Encounter/ed1"},"subject":{"reference":"Patient/p1"},"period":{"start":"2025-03-03"}}""");

        var visit = await _export.SingleAsync(CanonicalModel.EdVisits, Options);

        Assert.Equal(("ed1", "true"), (visit["ed_visit_id"], visit["admitted"]));
    }

    [Fact]
    public async Task Read_SurveyAndItem9CodesEscaped_AreASurveyAndAnItem9Answer()
    {
        _export.Write(
            "Observation.ndjson",
            """{"resourceType":"Observation","id":"s1","status":"final","code":{"coding":[{"system":"urn:clinic:surveys","code":"experience\u002Dtotal"}]},"subject":{"reference":"Patient/p1"},"effectiveDateTime":"2025-02-03","valueInteger":9}""",
            """{"resourceType":"Observation","id":"t1","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"44261-6"}]},"subject":{"reference":"Patient/p1"},"effectiveDateTime":"2025-02-03T09:10:00Z","valueInteger":9,"hasMember":[{"reference":"Observation/i1"}]}""",
            """{"resourceType":"Observation","id":"i1","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"44260\u002D8"}]},"subject":{"reference":"Patient/p1"},"effectiveDateTime":"2025-02-03T09:10:00Z","valueInteger":2}""");

        var survey = await _export.SingleAsync(CanonicalModel.Surveys, Options);
        var screening = await _export.SingleAsync(CanonicalModel.Screenings, Options);

        Assert.Equal(("s1", "9"), (survey["survey_id"], survey["score"]));
        Assert.Equal(("t1", "2"), (screening["screening_id"], screening["item9_score"]));
    }
}

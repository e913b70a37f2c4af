using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace QiPipeline.SampleData;

/// <summary>Screenings (LOINC total scores, or the clinic's flowsheet codes) and surveys as Observations.</summary>
internal sealed partial class FhirExtractWriter
{
    /// <summary>The performer of a screening whose instrument is bad: FHIR cannot carry an unknown instrument, an unmapped organization it can.</summary>
    private const string UnknownPerformer = "X1";

    private void WriteScreenings(PatientBatch batch, string patientId)
    {
        foreach (ref readonly var s in CollectionsMarshal.AsSpan(batch.Screenings))
        {
            var record = s;
            var bad = record.Bad;
            var id = Id(Entity.Screenings, record.Id, bad);
            var patient = Value(bad, EntityShape.PatientColumn, patientId);
            var clinic = bad is { Column: 4 } ? UnknownPerformer : Value(bad, 2, _clinic.ClinicId);
            var date = FhirClock.Stamp(Value(bad, 3, Iso(record.Date)), d => FhirClock.ClinicTime(d, record.Id, Entity.Screenings));
            var instrument = Vocabulary.Code(record.Instrument);
            var score = Value(bad, 5, record.Score?.ToString(CultureInfo.InvariantCulture));
            var item9 = Value(bad, 6, record.Item9?.ToString(CultureInfo.InvariantCulture));
            _observations.Write(json =>
            {
                Common(json, "Observation", id);
                Meta(json);
                json.WriteString("status", "final");
                ConceptList(json, "category", ("http://terminology.hl7.org/CodeSystem/observation-category", "survey"));
                if (FhirCodes.LoincFor(instrument) is { } loinc)
                {
                    Concept(json, "code", FhirCodes.Loinc, loinc, instrument);
                }
                else
                {
                    Concept(json, "code", FhirCodes.Flowsheet, instrument, instrument);
                }

                Observed(json, patient, clinic, date);
                Number(json, "valueInteger", score);
                ConceptList(json, "interpretation", ("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", record.Positive ? "POS" : "NEG"));
                if (item9 is not null)
                {
                    json.WriteStartArray("component");
                    json.WriteStartObject();
                    Concept(json, "code", FhirCodes.Loinc, "44260-8");
                    Number(json, "valueInteger", item9);
                    json.WriteEndObject();
                    json.WriteEndArray();
                }
            });
        }
    }

    private void WriteSurveys(PatientBatch batch, string patientId)
    {
        foreach (ref readonly var q in CollectionsMarshal.AsSpan(batch.Surveys))
        {
            var record = q;
            var bad = record.Bad;
            var id = Id(Entity.Surveys, record.Id, bad);
            var patient = Value(bad, EntityShape.PatientColumn, patientId);
            var clinic = Value(bad, 2, _clinic.ClinicId);
            var date = FhirClock.Stamp(Value(bad, 3, Iso(record.Date)), d => FhirClock.ClinicTime(d, record.Id, Entity.Surveys));
            _observations.Write(json =>
            {
                Common(json, "Observation", id);
                Meta(json);
                json.WriteString("status", "final");
                Concept(json, "code", FhirCodes.Flowsheet, FhirCodes.SurveyCode, "Patient experience survey total");
                Observed(json, patient, clinic, date);
                Number(json, "valueInteger", Value(bad, 4, record.Score.ToString(CultureInfo.InvariantCulture)));
                json.WriteStartArray("referenceRange");
                json.WriteStartObject();
                json.WriteStartObject("high");
                Number(json, "value", Value(bad, 5, record.MaxScore.ToString(CultureInfo.InvariantCulture)));
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
            });
        }
    }

    private static void Observed(Utf8JsonWriter json, string? patient, string? clinic, string? date)
    {
        Reference(json, "subject", patient is null ? null : "Patient/" + patient);
        if (date is not null)
        {
            json.WriteString("effectiveDateTime", date);
        }

        if (clinic is not null)
        {
            json.WriteStartArray("performer");
            json.WriteStartObject();
            json.WriteString("reference", Organization(clinic));
            json.WriteEndObject();
            json.WriteEndArray();
        }
    }
}

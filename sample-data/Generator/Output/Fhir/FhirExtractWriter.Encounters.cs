using System.Runtime.InteropServices;
using System.Text.Json;

namespace QiPipeline.SampleData;

/// <summary>Encounters (and no-shows as Appointments) and ED visits (class EMER, with an inpatient admission when admitted).</summary>
internal sealed partial class FhirExtractWriter
{
    private void WriteEncounters(PatientBatch batch, string patientId)
    {
        foreach (ref readonly var e in CollectionsMarshal.AsSpan(batch.Encounters))
        {
            var record = e;
            var bad = record.Bad;
            var id = Id(Entity.Encounters, record.Id, bad);
            var patient = Value(bad, EntityShape.PatientColumn, patientId);
            var clinic = Value(bad, 2, _clinic.ClinicId);
            var date = FhirClock.Stamp(Value(bad, 3, Iso(record.Date)), d => FhirClock.ClinicTime(d, record.Id, Entity.Encounters));
            var type = Vocabulary.Code(record.Type);
            var modality = Value(bad, 5, Vocabulary.Code(record.Modality))!;
            var status = Value(bad, 6, Vocabulary.Code(record.Status))!;

            if (status == "no_show" && bad is null)
            {
                _appointments.Write(json =>
                {
                    Common(json, "Appointment", id);
                    Meta(json);
                    json.WriteString("status", "noshow");
                    VisitType(json, "serviceType", type, phone: false);
                    json.WriteString("start", date);
                    json.WriteStartArray("participant");
                    Actor(json, "Patient/" + patient);
                    Actor(json, "Practitioner/" + record.Provider);
                    Actor(json, Organization(clinic!));
                    json.WriteEndArray();
                });
                continue;
            }

            // FHIR cannot carry a bad encounter type (it comes from the visit type map), nor an Appointment with
            // a bad value: such records are written as Encounters whose status is not FHIR's, a bad_code reject.
            var fhirStatus = status switch
            {
                "completed" => "finished",
                "cancelled" => "cancelled",
                "no_show" => "noshow",
                "arrived" => "unknown",
                _ => status,
            };
            if (bad is { Column: 4 })
            {
                fhirStatus = "unknown";
            }

            _encounters.Write(json =>
            {
                Common(json, "Encounter", id);
                Meta(json);
                json.WriteString("status", fhirStatus);
                json.WriteStartObject("class");
                json.WriteString("system", FhirCodes.ActCode);
                json.WriteString("code", modality switch { "in_person" or "phone" => "AMB", "telehealth" => "VR", _ => modality });
                json.WriteEndObject();
                VisitType(json, "type", type, phone: modality == "phone");
                Reference(json, "subject", patient is null ? null : "Patient/" + patient);
                json.WriteStartArray("participant");
                json.WriteStartObject();
                Reference(json, "individual", "Practitioner/" + record.Provider);
                json.WriteEndObject();
                json.WriteEndArray();
                if (date is not null)
                {
                    json.WriteStartObject("period");
                    json.WriteString("start", date);
                    json.WriteEndObject();
                }

                if (Value(bad, 8, record.Minutes?.ToString(System.Globalization.CultureInfo.InvariantCulture)) is { } minutes)
                {
                    json.WriteStartObject("length");
                    Number(json, "value", minutes);
                    json.WriteString("unit", "min");
                    json.WriteString("system", "http://unitsofmeasure.org");
                    json.WriteString("code", "min");
                    json.WriteEndObject();
                }

                Reference(json, "serviceProvider", clinic is null ? null : Organization(clinic));
            });
        }
    }

    private void WriteEdVisits(PatientBatch batch, string patientId)
    {
        foreach (ref readonly var v in CollectionsMarshal.AsSpan(batch.EdVisits))
        {
            var record = v;
            var bad = record.Bad;
            var id = Id(Entity.EdVisits, record.Id, bad);
            var patient = Value(bad, EntityShape.PatientColumn, patientId);
            var date = FhirClock.Stamp(Value(bad, 2, Iso(record.Date)), d => FhirClock.AnyTime(d, record.Id, Entity.EdVisits));
            var codes = (record.OtherDx ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Prepend(record.PrimaryDx);
            _edEncounters.Write(json =>
            {
                Common(json, "Encounter", id);
                Meta(json);
                json.WriteString("status", "finished");
                json.WriteStartObject("class");
                json.WriteString("system", FhirCodes.ActCode);
                json.WriteString("code", "EMER");
                json.WriteEndObject();
                Reference(json, "subject", patient is null ? null : "Patient/" + patient);
                if (date is not null)
                {
                    json.WriteStartObject("period");
                    json.WriteString("start", date);
                    json.WriteEndObject();
                }

                ConceptList(json, "reasonCode", [.. codes.Select(c => (FhirCodes.Icd10Cm, c))]);
                Reference(json, "serviceProvider", "Organization/" + Slug(record.Facility), record.Facility);
            });

            if (record.Admitted && id is not null)
            {
                _edEncounters.Write(json =>
                {
                    Common(json, "Encounter", id + "-IP");
                    Meta(json);
                    json.WriteString("status", "finished");
                    json.WriteStartObject("class");
                    json.WriteString("system", FhirCodes.ActCode);
                    json.WriteString("code", "IMP");
                    json.WriteEndObject();
                    Reference(json, "subject", patient is null ? null : "Patient/" + patient);
                    Reference(json, "partOf", "Encounter/" + id);
                });
            }
        }
    }

    /// <summary>The clinic's visit type code (none for primary care), and the SNOMED CT telephone encounter for phone visits.</summary>
    private static void VisitType(Utf8JsonWriter json, string name, string type, bool phone)
    {
        var code = FhirCodes.VisitTypeCodes.Where(t => t.Type == type).Select(t => t.Code).FirstOrDefault();
        if (code is null && !phone)
        {
            return;
        }

        json.WriteStartArray(name);
        if (code is not null)
        {
            json.WriteStartObject();
            Codings(json, (FhirCodes.VisitTypes, code));
            json.WriteEndObject();
        }

        if (phone)
        {
            json.WriteStartObject();
            Codings(json, (FhirCodes.Snomed, FhirCodes.TelephoneEncounter));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Actor(Utf8JsonWriter json, string reference)
    {
        json.WriteStartObject();
        Reference(json, "actor", reference);
        json.WriteString("status", "accepted");
        json.WriteEndObject();
    }

    private static string Slug(string name) => new([.. name.Where(char.IsLetterOrDigit)]);
}

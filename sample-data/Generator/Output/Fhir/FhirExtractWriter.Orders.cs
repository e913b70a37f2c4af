using System.Globalization;
using System.Runtime.InteropServices;

namespace QiPipeline.SampleData;

/// <summary>Referrals (ServiceRequest), fills (MedicationDispense) and diagnoses (Condition, in SNOMED CT).</summary>
internal sealed partial class FhirExtractWriter
{
    private void WriteReferrals(PatientBatch batch, string patientId)
    {
        foreach (ref readonly var r in CollectionsMarshal.AsSpan(batch.Referrals))
        {
            var record = r;
            var bad = record.Bad;
            var id = Id(Entity.Referrals, record.Id, bad);
            var patient = Value(bad, EntityShape.PatientColumn, patientId);
            var clinic = Value(bad, 2, _clinic.ClinicId);
            var date = FhirClock.Stamp(Value(bad, 3, Iso(record.Date)), d => FhirClock.ClinicTime(d, record.Id, Entity.Referrals));
            var service = Vocabulary.Code(record.Service);

            // A bad service cannot be carried (an unmapped code is an "other" referral): it goes into the warm handoff, a bad_code reject too.
            var handoff = bad is { Column: 4 } b ? b.Value : null;
            _serviceRequests.Write(json =>
            {
                Common(json, "ServiceRequest", id);
                Meta(json);
                json.WriteStartArray("extension");
                json.WriteStartObject();
                json.WriteString("url", FhirCodes.WarmHandoffUrl);
                if (handoff is not null)
                {
                    json.WriteString("valueString", handoff);
                }
                else
                {
                    json.WriteBoolean("valueBoolean", record.WarmHandoff);
                }

                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteString("status", "active");
                json.WriteString("intent", "order");
                ConceptList(json, "category", (FhirCodes.Snomed, FhirCodes.PatientReferral));
                if (FhirCodes.ReferralCodes.Where(c => c.Service == service).Select(c => c.Code).FirstOrDefault() is { } code)
                {
                    Concept(json, "code", FhirCodes.OrderCodes, code);
                }

                Reference(json, "subject", patient is null ? null : "Patient/" + patient);
                if (date is not null)
                {
                    json.WriteString("authoredOn", date);
                }

                Reference(json, "requester", clinic is null ? null : Organization(clinic));
            });
        }
    }

    private void WriteFills(PatientBatch batch, string patientId)
    {
        foreach (ref readonly var f in CollectionsMarshal.AsSpan(batch.Fills))
        {
            var record = f;
            var bad = record.Bad;
            var id = Id(Entity.MedicationFills, record.Id, bad);
            var patient = Value(bad, EntityShape.PatientColumn, patientId);
            var date = FhirClock.Stamp(Value(bad, 2, Iso(record.Date)), d => FhirClock.ClinicTime(d, record.Id, Entity.MedicationFills));

            // The class comes from the drug in FHIR: a missing drug_class is written as a missing days supply (also missing_required).
            var days = bad is { Column: FillRecord.DrugClassColumn } ? null : Value(bad, 5, record.DaysSupply.ToString(CultureInfo.InvariantCulture));
            _dispenses.Write(json =>
            {
                Common(json, "MedicationDispense", id);
                Meta(json);
                json.WriteString("status", "completed");
                json.WriteStartObject("medicationCodeableConcept");
                if (FhirCodes.RxNormIngredient(record.Drug) is { } rxcui)
                {
                    Codings(json, (FhirCodes.RxNorm, rxcui));
                }

                json.WriteString("text", record.Drug);
                json.WriteEndObject();
                Reference(json, "subject", patient is null ? null : "Patient/" + patient);
                if (days is not null)
                {
                    json.WriteStartObject("daysSupply");
                    Number(json, "value", days);
                    json.WriteString("unit", "days");
                    json.WriteString("system", "http://unitsofmeasure.org");
                    json.WriteString("code", "d");
                    json.WriteEndObject();
                }

                if (date is not null)
                {
                    json.WriteString("whenHandedOver", date);
                }
            });
        }
    }

    private void WriteDiagnoses(PatientBatch batch, string patientId)
    {
        foreach (ref readonly var d in CollectionsMarshal.AsSpan(batch.Diagnoses))
        {
            var record = d;
            var bad = record.Bad;
            var id = Id(Entity.Diagnoses, record.Id, bad);
            var patient = Value(bad, EntityShape.PatientColumn, patientId);
            var date = FhirClock.Stamp(Value(bad, 3, Iso(record.Date)), day => FhirClock.ClinicTime(day, record.Id, Entity.Diagnoses));
            _conditions.Write(json =>
            {
                Common(json, "Condition", id);
                Meta(json);
                ConceptList(json, "category", ("http://terminology.hl7.org/CodeSystem/condition-category", "encounter-diagnosis"));
                Concept(json, "code", FhirCodes.Snomed, FhirCodes.SnomedFor(record.Code));
                Reference(json, "subject", patient is null ? null : "Patient/" + patient);
                if (date is not null)
                {
                    json.WriteString("onsetDateTime", date);
                }
            });
        }
    }
}

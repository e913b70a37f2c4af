using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using QiPipeline.Etl.Sources.Fhir;

namespace QiPipeline.EtlBenchmark.FhirReaders;

/// <summary>
/// Firely's SDK: each line deserialized to R4 POCOs by <see cref="FhirJsonDeserializer"/>, then the
/// same fields read from the POCOs by the same rules as the production mapping (<see cref="FirelyMapping"/>).
/// Strict mode refuses a resource with an unknown element or a value outside a required value set;
/// recoverable mode keeps what it could read and reports the issues, as a tolerant loader would need.
/// </summary>
internal sealed class FirelyLineReader(bool strict) : IFhirLineReader
{
    private readonly FhirJsonDeserializer _deserializer = new(new DeserializerSettings().UsingMode(strict ? DeserializationMode.Strict : DeserializationMode.Recoverable));

    public string Name => strict ? "Firely (strict)" : "Firely (recoverable)";

    public IReadOnlyList<FhirRow?>? Read(string resourceType, string line)
    {
        Resource? resource;
        try
        {
            if (!_deserializer.TryDeserializeResource(line, out resource, out _) && (strict || resource is null))
            {
                return null;
            }
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }

        if (resource is null || resource.TypeName != resourceType)
        {
            return null;
        }

        IReadOnlyList<FhirRow?> rows = resource switch
        {
            Patient p => [FirelyMapping.Patient(p)],
            Encounter e => [FirelyMapping.Encounter(e), FirelyMapping.EdVisit(e)],
            Appointment a => [FirelyMapping.Appointment(a)],
            Observation o => [FirelyMapping.Screening(o)],
            Condition c => [FirelyMapping.Condition(c)],
            MedicationRequest m => [FirelyMapping.Request(m)],
            MedicationDispense d => [FirelyMapping.Dispense(d)],
            ServiceRequest s => [FirelyMapping.Referral(s)],
            _ => [],
        };
        var updatedAt = resource.Meta?.LastUpdatedElement is { } instant ? FirelyFields.Text(instant) : null;
        foreach (var row in rows)
        {
            row?.Add("updated_at", updatedAt);
        }

        return rows;
    }
}

using System.Text.Json;
using QiPipeline.Etl.Sources.Fhir;

namespace QiPipeline.EtlBenchmark.FhirReaders;

/// <summary>
/// The production reader: <see cref="JsonDocument"/> per line and the fhir source's own mapping
/// functions, with empty configured maps and no links between resources (as the Firely side).
/// </summary>
internal sealed class SystemTextJsonLineReader : IFhirLineReader
{
    private static readonly FhirMaps Maps = new(null);
    private static readonly HashSet<string> NoAdmissions = new(StringComparer.Ordinal);
    private readonly Payers _payers = new();

    public string Name => "System.Text.Json";

    public IReadOnlyList<FhirRow?>? Read(string resourceType, string line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            var r = document.RootElement;
            if (r.ValueKind != JsonValueKind.Object || r.Text("resourceType") != resourceType)
            {
                return null;
            }

            var updatedAt = r.Get("meta").Text("lastUpdated");
            IReadOnlyList<FhirRow?> rows = resourceType switch
            {
                "Patient" => [PatientMapping.Map(r, Maps, _payers)],
                "Encounter" => [EncounterMapping.Encounter(r, Maps), EncounterMapping.EdVisit(r, NoAdmissions)],
                "Appointment" => [AppointmentMapping.Map(r, Maps)],
                "Observation" => [ObservationMapping.Screening(r, Maps, Item9Answers.None)],
                "Condition" => [ConditionMapping.Map(r)],
                "MedicationRequest" => [MedicationMapping.Request(r, AntidepressantIngredients.Default)],
                "MedicationDispense" => [MedicationMapping.Dispense(r, AntidepressantIngredients.Default)],
                "ServiceRequest" => [ServiceRequestMapping.Map(r, Maps)],
                _ => [],
            };
            foreach (var row in rows)
            {
                row?.Add("updated_at", updatedAt);
            }

            return rows;
        }
    }
}

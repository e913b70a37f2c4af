using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Etl.Sources.Fhir;

/// <summary>
/// A folder of FHIR R4 Bulk Data export files (NDJSON, optionally gzipped, several files per
/// resource type), mapped to the canonical entities by the US Core rules of docs/fhir.md. Files are
/// read line by line, one resource parsed at a time; the only state kept is what links resources
/// (patients' payers from Coverage, ED visits' admissions, separately sent PHQ-9 item 9 answers). A line that is not JSON or not a
/// resource of its file's type is a malformed_row reject; the rest loads.
/// </summary>
internal sealed class FhirSource(string name, string folder, FhirMaps maps) : IClinicSource
{
    public string Name => name;

    public string Type => "fhir";

    public bool ReadsAhead => true;

    public Task CheckAsync(CancellationToken cancellationToken) => SourceFolder.CheckExists(name, folder);

    public bool Provides(EntityDefinition entity) => true;

    public async IAsyncEnumerable<RawRecord> ReadAsync(
        EntityDefinition entity,
        DateTime? watermark,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var readers = await ReadersAsync(entity, cancellationToken);
        var files = readers.SelectMany(r => FhirFiles.Of(folder, r.ResourceType).Select(f => (Reader: r, File: f))).ToList();
        double total = Math.Max(files.Sum(f => new FileInfo(f.File).Length), 1);
        double done = 0;
        long row = 0;
        foreach (var (reader, path) in files)
        {
            var display = $"{name}/{Path.GetFileName(path)}";
            using var text = FhirFiles.Open(path, out var file);
            long line = 0;
            while (await NextLineAsync(text, display, cancellationToken) is { } json)
            {
                line++;
                if (string.IsNullOrWhiteSpace(json))
                {
                    continue;
                }

                row++;
                if (!reader.MustParse(json))
                {
                    continue;
                }

                var fraction = Math.Min((done + file.Position) / total, 1);
                var record = Read(entity, reader, json, display, line, row, watermark, fraction);
                if (record is not null)
                {
                    yield return record;
                }
            }

            done += file.Length;
        }
    }

    /// <summary>One line to a record, a malformed reject, or nothing (not this entity's, or not changed since the watermark).</summary>
    private static RawRecord? Read(EntityDefinition entity, FhirReader reader, string json, string display, long line, long row, DateTime? watermark, double fraction)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            // The parser's message quotes the input, which may be a patient's value: only the place is named.
            return reader.Home ? Malformed(entity, row, $"{display} line {line}: not JSON", fraction) : null;
        }

        using (document)
        {
            var resource = document.RootElement;
            if (resource.ValueKind != JsonValueKind.Object || resource.Text("resourceType") != reader.ResourceType)
            {
                return reader.Home ? Malformed(entity, row, $"{display} line {line}: not a {reader.ResourceType} resource", fraction) : null;
            }

            var updatedAt = resource.Get("meta").Text("lastUpdated");
            if (watermark is { } mark && FhirJson.Instant(updatedAt) is { } changed && changed.UtcDateTime <= DateTime.SpecifyKind(mark, DateTimeKind.Utc))
            {
                return null;
            }

            return reader.Map(resource) is { } fields ? new RawRecord(row, fields.Lay(entity, updatedAt), null, fraction) : null;
        }
    }

    private static RawRecord Malformed(EntityDefinition entity, long row, string problem, double fraction) =>
        new(row, new string?[entity.Columns.Count + 1], problem, fraction);

    private async Task<IReadOnlyList<FhirReader>> ReadersAsync(EntityDefinition entity, CancellationToken cancellationToken)
    {
        var antidepressants = AntidepressantIngredients.Default;
        switch (entity.Name)
        {
            case "patients":
                var payers = new Payers();
                await ScanAsync("Coverage", null, payers.Add, cancellationToken);
                return [new("Patient", true, r => PatientMapping.Map(r, maps, payers))];
            case "encounters":
                return [new("Encounter", true, r => EncounterMapping.Encounter(r, maps)), new("Appointment", true, r => AppointmentMapping.Map(r, maps))];
            case "screenings":
                var item9 = new Item9Answers();
                await ScanAsync("Observation", [ObservationMapping.Item9Loinc], o => { if (ObservationMapping.IsItem9(o)) { item9.Add(o); } }, cancellationToken);
                return [new("Observation", true, r => ObservationMapping.Screening(r, maps, item9))];
            case "referrals":
                return [new("ServiceRequest", true, r => ServiceRequestMapping.Map(r, maps))];
            case "ed_visits":
                var admitted = new HashSet<string>(StringComparer.Ordinal);
                await ScanAsync("Encounter", ["partOf"], e => { if (EncounterMapping.IsAdmission(e)) { admitted.Add(e.Get("partOf").ReferenceId("Encounter")!); } }, cancellationToken);
                return [new("Encounter", false, r => EncounterMapping.EdVisit(r, admitted), [EncounterMapping.Emergency])];
            case "medication_fills":
                // A prescribing-only export has no dispenses: its orders stand in for fills (never both, which would count twice).
                return FhirFiles.Of(folder, "MedicationDispense").Count > 0
                    ? [new("MedicationDispense", true, r => MedicationMapping.Dispense(r, antidepressants)), new("MedicationRequest", true, _ => null)]
                    : [new("MedicationRequest", true, r => MedicationMapping.Request(r, antidepressants))];
            case "diagnoses":
                return [new("Condition", true, ConditionMapping.Map)];
            case "surveys":
                return [new("Observation", false, r => ObservationMapping.Survey(r, maps), maps.SurveyCodes)];
            default:
                return [];
        }
    }

    /// <summary>
    /// A first pass over a type's files for the links between resources, parsing only lines that hold one of
    /// <paramref name="needles"/> (null: every line); bad lines are left to the main pass.
    /// </summary>
    private async Task ScanAsync(string resourceType, IReadOnlyList<string>? needles, Action<JsonElement> visit, CancellationToken cancellationToken)
    {
        foreach (var path in FhirFiles.Of(folder, resourceType))
        {
            var display = $"{name}/{Path.GetFileName(path)}";
            using var text = FhirFiles.Open(path, out _);
            while (await NextLineAsync(text, display, cancellationToken) is { } json)
            {
                if (string.IsNullOrWhiteSpace(json) || !LineFilter.MayHold(json, needles))
                {
                    continue;
                }

                try
                {
                    using var document = JsonDocument.Parse(json);
                    if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.Text("resourceType") == resourceType)
                    {
                        visit(document.RootElement);
                    }
                }
                catch (JsonException)
                {
                    // Rejected, with its line, when the entity that owns the file reads it.
                }
            }
        }
    }

    /// <summary>The next line; a file that cannot be read on (a broken gzip stream) fails the entity with its name.</summary>
    private static async Task<string?> NextLineAsync(StreamReader text, string display, CancellationToken cancellationToken)
    {
        try
        {
            return await text.ReadLineAsync(cancellationToken);
        }
        catch (InvalidDataException e)
        {
            throw new SourceException(string.Create(CultureInfo.InvariantCulture, $"{display} cannot be read: {e.GetType().Name} (a damaged gzip file?)"), e);
        }
    }
}

using System.Globalization;
using System.Text.Json;

namespace QiPipeline.SampleData;

/// <summary>
/// A FHIR R4 Bulk Data export of one clinic (docs/fhir.md): NDJSON per resource type, US Core
/// race and ethnicity, timestamps with offsets, conditions in SNOMED CT, observations gzipped, ED
/// encounters in a second Encounter file. Each injected bad record is written so that the loader
/// still rejects it (where FHIR cannot carry the CSV's bad value, another that it can: an unknown
/// performer for a bad instrument, a no-show Encounter for a bad Appointment); a few malformed
/// lines are added, counted in <see cref="MalformedLines"/>.
/// </summary>
internal sealed partial class FhirExtractWriter : IExtractWriter
{
    /// <summary>One malformed line per this many patients, when bad records are asked for.</summary>
    public const int PatientsPerMalformedLine = 60;

    private readonly ClinicProfile _clinic;
    private readonly string _lastUpdated;
    private readonly bool _malformed;
    private readonly string[] _prefixes;
    private readonly NdjsonFile _patients;
    private readonly NdjsonFile _coverage;
    private readonly NdjsonFile _encounters;
    private readonly NdjsonFile _edEncounters;
    private readonly NdjsonFile _appointments;
    private readonly NdjsonFile _observations;
    private readonly NdjsonFile _serviceRequests;
    private readonly NdjsonFile _dispenses;
    private readonly NdjsonFile _conditions;
    private readonly long[] _malformedLines = new long[EntityShape.All.Count];
    private int _malformedTurn;

    public FhirExtractWriter(string folder, ClinicProfile clinic, DateOnly end, bool malformedLines)
    {
        Directory.CreateDirectory(folder);
        _clinic = clinic;
        _malformed = malformedLines;
        _lastUpdated = end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T12:00:00Z";
        _prefixes = [.. EntityShape.All.Select(shape => RecordIds.Prefix(clinic.Code, shape.Entity))];
        _patients = new NdjsonFile(Path.Combine(folder, "Patient.ndjson"));
        _coverage = new NdjsonFile(Path.Combine(folder, "Coverage.ndjson"));
        _encounters = new NdjsonFile(Path.Combine(folder, "Encounter.ndjson"));
        _edEncounters = new NdjsonFile(Path.Combine(folder, "Encounter.2.ndjson"));
        _appointments = new NdjsonFile(Path.Combine(folder, "Appointment.ndjson"));
        _observations = new NdjsonFile(Path.Combine(folder, "Observation.ndjson.gz"));
        _serviceRequests = new NdjsonFile(Path.Combine(folder, "ServiceRequest.ndjson"));
        _dispenses = new NdjsonFile(Path.Combine(folder, "MedicationDispense.ndjson"));
        _conditions = new NdjsonFile(Path.Combine(folder, "Condition.ndjson"));
    }

    /// <summary>The organization reference of a clinic id (the configuration maps the clinic's own).</summary>
    public static string Organization(string clinicId) => "Organization/" + clinicId;

    /// <summary>Malformed lines written, by the entity whose rejects they become.</summary>
    public long MalformedLines(Entity entity) => _malformedLines[(int)entity];

    public void Write(PatientBatch batch)
    {
        var patientId = RecordIds.Format(_clinic.Code, Entity.Patients, batch.Patient.Number);
        WritePatients(batch);
        WriteEncounters(batch, patientId);
        WriteScreenings(batch, patientId);
        WriteSurveys(batch, patientId);
        WriteReferrals(batch, patientId);
        WriteEdVisits(batch, patientId);
        WriteFills(batch, patientId);
        WriteDiagnoses(batch, patientId);
        if (_malformed && batch.Patient.Number % PatientsPerMalformedLine == PatientsPerMalformedLine / 2)
        {
            WriteMalformedLine();
        }
    }

    public void Complete()
    {
        foreach (var file in Files)
        {
            file.Flush();
        }
    }

    public void Dispose()
    {
        foreach (var file in Files)
        {
            file.Dispose();
        }
    }

    private IEnumerable<NdjsonFile> Files => [_patients, _coverage, _encounters, _edEncounters, _appointments, _observations, _serviceRequests, _dispenses, _conditions];

    /// <summary>A line cut short, or a resource of another type: each a malformed_row reject of the file's entity. No values in it.</summary>
    private void WriteMalformedLine()
    {
        var turn = _malformedTurn++;
        var (file, type, entity) = (turn % 4) switch
        {
            0 => (_patients, "Patient", Entity.Patients),
            1 => (_encounters, "Encounter", Entity.Encounters),
            2 => (_observations, "Observation", Entity.Screenings),
            _ => (_conditions, "Condition", Entity.Diagnoses),
        };
        file.WriteRaw(turn / 4 % 2 == 0 ? $$"""{"resourceType":"{{type}}","id":""" : """{"resourceType":"Basic","id":"x"}""");
        _malformedLines[(int)entity]++;
    }

    private string? Id(Entity entity, long number, BadValue? bad) =>
        Value(bad, EntityShape.IdColumn, RecordIds.Format(_prefixes[(int)entity], entity, number));

    /// <summary>The column's value as the CSV extract would hold it: the bad value where the record's bad column is this one.</summary>
    private static string? Value(BadValue? bad, int column, string? good) => bad is { } b && b.Column == column ? b.Value : good;

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private void Meta(Utf8JsonWriter json)
    {
        json.WriteStartObject("meta");
        json.WriteString("lastUpdated", _lastUpdated);
        json.WriteEndObject();
    }

    private static void Common(Utf8JsonWriter json, string type, string? id)
    {
        json.WriteString("resourceType", type);
        if (id is not null)
        {
            json.WriteString("id", id);
        }
    }

    private static void Reference(Utf8JsonWriter json, string name, string? reference, string? display = null)
    {
        if (reference is null)
        {
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("reference", reference);
        if (display is not null)
        {
            json.WriteString("display", display);
        }

        json.WriteEndObject();
    }

    private static void Concept(Utf8JsonWriter json, string name, string system, string code, string? text = null)
    {
        json.WriteStartObject(name);
        Codings(json, (system, code));
        if (text is not null)
        {
            json.WriteString("text", text);
        }

        json.WriteEndObject();
    }

    private static void Codings(Utf8JsonWriter json, params (string System, string Code)[] codings)
    {
        json.WriteStartArray("coding");
        foreach (var (system, code) in codings)
        {
            json.WriteStartObject();
            json.WriteString("system", system);
            json.WriteString("code", code);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void ConceptList(Utf8JsonWriter json, string name, params (string System, string Code)[] concepts)
    {
        json.WriteStartArray(name);
        foreach (var concept in concepts)
        {
            json.WriteStartObject();
            Codings(json, concept);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>A whole number as a JSON number; a bad value that is no number as a string (which the loader rejects).</summary>
    private static void Number(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}

using System.Text.Json;

namespace QiPipeline.Etl.Sources.Fhir;

/// <summary>
/// PHQ-9 item 9 answers sent as Observations of their own (LOINC 44260-8), found for a total score
/// through its <c>hasMember</c> or <c>derivedFrom</c> references, else by the same patient and the
/// same effective time. Only these answers are kept in memory while screenings are read.
/// </summary>
internal sealed class Item9Answers
{
    private readonly Dictionary<string, string> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byPatientAndTime = new(StringComparer.Ordinal);

    public static Item9Answers None { get; } = new();

    /// <summary>
    /// The answer's score: <c>valueInteger</c> or <c>valueQuantity</c>, or the LOINC answer code of
    /// the PHQ-9 answer list (LA6568-5 not at all 0, LA6569-3 several days 1, LA6570-1 more than
    /// half the days 2, LA6571-9 nearly every day 3).
    /// </summary>
    public static string? Value(JsonElement element) =>
        ObservationMapping.Value(element) ?? element.Get("valueCodeableConcept").Codings().Select(c => c.Text("code")).Select(code => code switch
        {
            "LA6568-5" => "0",
            "LA6569-3" => "1",
            "LA6570-1" => "2",
            "LA6571-9" => "3",
            _ => null,
        }).FirstOrDefault(v => v is not null);

    /// <summary>Remembers the observation when it is a standing item 9 answer.</summary>
    public void Add(JsonElement observation)
    {
        if (!ObservationMapping.Stands(observation) || !ObservationMapping.IsItem9(observation) || Value(observation) is not { } value)
        {
            return;
        }

        if (observation.Text("id") is { } id)
        {
            _byId[id] = value;
        }

        if (Key(observation.Get("subject").ReferenceId("Patient"), ObservationMapping.Date(observation)) is { } key)
        {
            _byPatientAndTime[key] = value;
        }
    }

    public string? For(JsonElement total, string? patient, string? date)
    {
        foreach (var reference in total.Items("hasMember").Concat(total.Items("derivedFrom")))
        {
            if (((JsonElement?)reference).ReferenceId("Observation") is { } id && _byId.TryGetValue(id, out var value))
            {
                return value;
            }
        }

        return Key(patient, date) is { } key && _byPatientAndTime.TryGetValue(key, out var same) ? same : null;
    }

    private static string? Key(string? patient, string? date) => patient is null || date is null ? null : patient + "\u001f" + date;
}

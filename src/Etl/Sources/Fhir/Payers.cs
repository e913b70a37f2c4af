using System.Text.Json;

namespace QiPipeline.Etl.Sources.Fhir;

/// <summary>
/// Each patient's primary payer from the export's Coverage resources (status active; the lowest
/// <c>order</c>, else the first): the payor's display, else the coverage type's text or display.
/// Kept in memory while patients are read: one short name per covered patient.
/// </summary>
internal sealed class Payers
{
    private readonly Dictionary<string, (int Order, string Payer)> _byPatient = new(StringComparer.Ordinal);

    public void Add(JsonElement coverage)
    {
        if (coverage.Text("status") != "active"
            || coverage.Get("beneficiary").ReferenceId("Patient") is not { } patient
            || Name(coverage) is not { } payer)
        {
            return;
        }

        var order = coverage.Get("order") is { ValueKind: JsonValueKind.Number } o && o.TryGetInt32(out var n) ? n : int.MaxValue;
        if (!_byPatient.TryGetValue(patient, out var known) || order < known.Order)
        {
            _byPatient[patient] = (order, payer);
        }
    }

    public string? For(string? patient) => patient is not null && _byPatient.TryGetValue(patient, out var known) ? known.Payer : null;

    private static string? Name(JsonElement coverage)
    {
        var type = coverage.Get("type");
        return coverage.Items("payor").Select(p => ((JsonElement?)p).Text("display")).FirstOrDefault(d => d is not null)
            ?? type.Text("text")
            ?? type.Codings().Select(c => c.Text("display")).FirstOrDefault(d => d is not null);
    }

}

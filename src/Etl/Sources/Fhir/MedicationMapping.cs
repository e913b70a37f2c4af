using System.Globalization;
using System.Text.Json;

namespace QiPipeline.Etl.Sources.Fhir;

/// <summary>MedicationDispense (or, in an export without dispenses, MedicationRequest) to a medication_fills record (docs/fhir.md).</summary>
internal static class MedicationMapping
{
    public const string Antidepressant = "antidepressant";
    public const string Other = "other";

    /// <summary>Request intents that are orders (a proposal or a plan is no prescription).</summary>
    private static readonly HashSet<string> Orders = new(StringComparer.Ordinal)
    {
        "order", "original-order", "reflex-order", "filler-order", "instance-order",
    };

    public static FhirRow? Dispense(JsonElement dispense, AntidepressantIngredients antidepressants)
    {
        if (dispense.Text("status") != "completed")
        {
            return null;
        }

        return Fill(dispense, antidepressants, dispense.Text("whenHandedOver") ?? dispense.Text("whenPrepared"), Days(dispense.Get("daysSupply")));
    }

    public static FhirRow? Request(JsonElement request, AntidepressantIngredients antidepressants)
    {
        if (request.Text("status") is not ("active" or "completed") || request.Text("intent") is not { } intent || !Orders.Contains(intent))
        {
            return null;
        }

        return Fill(request, antidepressants, request.Text("authoredOn"), Days(request.Get("dispenseRequest")?.Get("expectedSupplyDuration")));
    }

    private static FhirRow Fill(JsonElement resource, AntidepressantIngredients antidepressants, string? date, string? days)
    {
        var concept = resource.Get("medicationCodeableConcept");
        var codings = concept.Codings().ToList();
        var first = codings.Select(c => (JsonElement?)c).FirstOrDefault();
        var drug = concept.Text("text") ?? first.Text("display") ?? resource.Get("medicationReference").Text("display") ?? first.Text("code");
        var rxnorm = codings.Where(c => c.Text("system") == FhirJson.RxNorm).Select(c => c.Text("code")).OfType<string>();
        return new FhirRow
        {
            ["fill_id"] = resource.Text("id"),
            ["patient_id"] = resource.Get("subject").ReferenceId("Patient"),
            ["fill_date"] = date,
            ["drug"] = drug,
            ["drug_class"] = antidepressants.Matches(rxnorm, drug) ? Antidepressant : Other,
            ["days_supply"] = days,
        };
    }

    /// <summary>A supply quantity in days (UCUM d, wk, mo of 30 days, or no unit); another unit gives nothing.</summary>
    private static string? Days(JsonElement? quantity)
    {
        if (quantity.Number("value") is not { } raw)
        {
            return null;
        }

        var unit = quantity.Text("code") ?? quantity.Text("unit");
        if (unit is null or "d" or "day" or "days")
        {
            return raw;
        }

        var factor = unit switch { "wk" => 7m, "mo" => 30m, _ => 0m };
        return factor > 0 && decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? (value * factor).ToString("0.############", CultureInfo.InvariantCulture)
            : null;
    }
}

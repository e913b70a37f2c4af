using System.Globalization;
using Hl7.Fhir.Model;
using QiPipeline.Etl.Sources.Fhir;
using static QiPipeline.EtlBenchmark.FhirReaders.FirelyFields;

namespace QiPipeline.EtlBenchmark.FhirReaders;

/// <summary>Medications and referrals over Firely's POCOs.</summary>
internal static partial class FirelyMapping
{
    public static FhirRow? Dispense(MedicationDispense dispense) =>
        Text(dispense.StatusElement) != "completed"
            ? null
            : Fill(dispense.Id, dispense.Subject, dispense.Medication, T(dispense.WhenHandedOver) ?? T(dispense.WhenPrepared), Days(dispense.DaysSupply));

    public static FhirRow? Request(MedicationRequest request) =>
        Text(request.StatusElement) is not ("active" or "completed")
        || Text(request.IntentElement) is not ("order" or "original-order" or "reflex-order" or "filler-order" or "instance-order")
            ? null
            : Fill(request.Id, request.Subject, request.Medication, T(request.AuthoredOn), Days(request.DispenseRequest?.ExpectedSupplyDuration));

    public static FhirRow? Referral(ServiceRequest request)
    {
        if (Text(request.StatusElement) is "draft" or "entered-in-error")
        {
            return null;
        }

        if (!AllCodings(request.Category).Any(c => T(c.System) == Snomed && T(c.Code) == "3457005"))
        {
            return null;
        }

        var handoff = request.Extension.Where(e => T(e.Url) == "urn:qipipeline:fhir:warm-handoff").Select(e => e.Value switch
        {
            FhirBoolean b when b.Value is { } v => v ? "true" : "false",
            FhirString s => T(s.Value),
            Code c => T(c.Value),
            _ => null,
        }).FirstOrDefault();
        return new FhirRow
        {
            ["referral_id"] = T(request.Id),
            ["patient_id"] = ReferenceId(request.Subject, "Patient"),
            ["clinic_id"] = Clinic([request.Requester, .. request.Performer]),
            ["referral_date"] = T(request.AuthoredOn) ?? request.Occurrence switch
            {
                FhirDateTime at => Text(at),
                Period period => Text(period.StartElement),
                _ => null,
            },
            ["service"] = "other",
            ["warm_handoff"] = handoff,
        };
    }

    private static FhirRow Fill(string? id, ResourceReference? subject, DataType? medication, string? date, string? days)
    {
        var concept = medication as CodeableConcept;
        var first = Codings(concept).FirstOrDefault();
        var drug = T(concept?.Text) ?? T(first?.Display) ?? T((medication as ResourceReference)?.Display) ?? T(first?.Code);
        var rxnorm = Codings(concept).Where(c => T(c.System) == RxNorm).Select(c => T(c.Code)).OfType<string>();
        return new FhirRow
        {
            ["fill_id"] = T(id),
            ["patient_id"] = ReferenceId(subject, "Patient"),
            ["fill_date"] = date,
            ["drug"] = drug,
            ["drug_class"] = AntidepressantIngredients.Default.Matches(rxnorm, drug) ? "antidepressant" : "other",
            ["days_supply"] = days,
        };
    }

    private static string? Days(Quantity? quantity)
    {
        if (quantity?.Value is not { } value)
        {
            return null;
        }

        var unit = T(quantity.Code) ?? T(quantity.Unit);
        if (unit is null or "d" or "day" or "days")
        {
            return Number(value);
        }

        var factor = unit switch { "wk" => 7m, "mo" => 30m, _ => 0m };
        return factor > 0 ? (value * factor).ToString("0.############", CultureInfo.InvariantCulture) : null;
    }
}

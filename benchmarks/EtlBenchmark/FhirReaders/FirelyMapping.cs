using System.Globalization;
using Hl7.Fhir.Model;
using QiPipeline.Etl.Sources.Fhir;
using QiPipeline.Warehouse.Model;
using static QiPipeline.EtlBenchmark.FhirReaders.FirelyFields;

namespace QiPipeline.EtlBenchmark.FhirReaders;

/// <summary>
/// The production mapping's rules (docs/fhir.md), written again over Firely's POCOs, with no
/// configured maps and no links between resources, as <see cref="SystemTextJsonLineReader"/> runs them.
/// </summary>
internal static partial class FirelyMapping
{
    private const string Loinc = "http://loinc.org";
    private const string Snomed = "http://snomed.info/sct";
    private const string Icd10 = "http://hl7.org/fhir/sid/icd-10-cm";
    private const string RxNorm = "http://www.nlm.nih.gov/research/umls/rxnorm";
    private const string Item9 = "44260-8";

    public static FhirRow Patient(Patient patient) => new()
    {
        ["patient_id"] = T(patient.Id),
        ["clinic_id"] = Clinic([patient.ManagingOrganization]),
        ["birth_date"] = Text(patient.BirthDateElement),
        ["sex"] = Text(patient.GenderElement) switch
        {
            null => null,
            "female" => "F",
            "male" => "M",
            "other" => "X",
            "unknown" => "U",
            var g => g,
        },
        ["race"] = FirelyDemographics.Race(patient),
        ["ethnicity"] = FirelyDemographics.Ethnicity(patient),
        ["language"] = Language(patient),
        ["payer"] = null,
        ["death_date"] = patient.Deceased is FhirDateTime died ? Text(died) : null,
    };

    public static FhirRow? Encounter(Encounter encounter)
    {
        var type = T(encounter.Class?.Code);
        var status = Text(encounter.StatusElement);
        if (type == "EMER" || IsAdmission(encounter) || status is "planned" or "arrived" or "triaged" or "in-progress" or "onleave" or "entered-in-error")
        {
            return null;
        }

        var phone = AllCodings(encounter.Type).Concat(Codings(encounter.ServiceType)).Any(c => T(c.Code) == "185317003");
        return new FhirRow
        {
            ["encounter_id"] = T(encounter.Id),
            ["patient_id"] = ReferenceId(encounter.Subject, "Patient"),
            ["clinic_id"] = Clinic([encounter.ServiceProvider]),
            ["encounter_date"] = Text(encounter.Period?.StartElement),
            ["encounter_type"] = type == "IMP" ? "other" : "primary_care",
            ["modality"] = type switch
            {
                null => null,
                "AMB" or "IMP" => phone ? "phone" : "in_person",
                "VR" => phone ? "phone" : "telehealth",
                _ => type,
            },
            ["status"] = status == "finished" ? "completed" : status,
            ["provider_id"] = Provider(encounter.Participant.Select(p => ((IEnumerable<CodeableConcept>?)p.Type, p.Individual))),
            ["minutes"] = Minutes(encounter),
        };
    }

    public static FhirRow? EdVisit(Encounter encounter)
    {
        var status = Text(encounter.StatusElement);
        if (T(encounter.Class?.Code) != "EMER" || status is "planned" or "cancelled" or "entered-in-error")
        {
            return null;
        }

        var codes = encounter.ReasonCode.Select(r => Code(Codings(r), Icd10)).OfType<string>().ToList();
        return new FhirRow
        {
            ["ed_visit_id"] = T(encounter.Id),
            ["patient_id"] = ReferenceId(encounter.Subject, "Patient"),
            ["visit_date"] = Text(encounter.Period?.StartElement),
            ["primary_dx"] = codes.Count > 0 ? codes[0] : null,
            ["admitted"] = "false",
            ["facility"] = T(encounter.ServiceProvider?.Display) ?? ReferenceId(encounter.ServiceProvider, "Organization"),
            ["other_dx"] = codes.Count > 1 ? string.Join(";", codes.Skip(1)) : null,
        };
    }

    public static FhirRow? Appointment(Appointment appointment)
    {
        if (Text(appointment.StatusElement) != "noshow")
        {
            return null;
        }

        var actors = appointment.Participant.Select(p => p.Actor).ToList();
        return new FhirRow
        {
            ["encounter_id"] = T(appointment.Id) is { } id ? "Appointment/" + id : null,
            ["patient_id"] = actors.Select(a => ReferenceId(a, "Patient")).FirstOrDefault(p => p is not null),
            ["clinic_id"] = Clinic(actors),
            ["encounter_date"] = Text(appointment.StartElement),
            ["encounter_type"] = "primary_care",
            ["status"] = "no_show",
            ["provider_id"] = Provider(appointment.Participant.Select(p => ((IEnumerable<CodeableConcept>?)p.Type, p.Actor))),
        };
    }

    public static FhirRow? Screening(Observation observation)
    {
        var loinc = Codings(observation.Code).Where(c => T(c.System) == Loinc).Select(c => T(c.Code))
            .FirstOrDefault(code => code is not null && Instruments.Find(code) is not null);
        if (Text(observation.StatusElement) is not ("final" or "amended" or "corrected") || loinc is null)
        {
            return null;
        }

        var component = observation.Component
            .Where(c => Codings(c.Code).Any(k => T(k.Code) == Item9))
            .Select(c => Value(c.Value))
            .FirstOrDefault(v => v is not null);
        return new FhirRow
        {
            ["screening_id"] = T(observation.Id),
            ["patient_id"] = ReferenceId(observation.Subject, "Patient"),
            ["clinic_id"] = Clinic(observation.Performer),
            ["screening_date"] = observation.Effective switch
            {
                FhirDateTime at => Text(at),
                Period period => Text(period.StartElement),
                Instant instant => Text(instant),
                _ => Text(observation.IssuedElement),
            },
            ["instrument"] = loinc,
            ["score"] = Value(observation.Value, answers: false),
            ["item9_score"] = component,
            ["positive"] = AllCodings(observation.Interpretation).Select(c => T(c.Code)).FirstOrDefault(c => c is "POS" or "A" or "NEG" or "N") switch
            {
                "POS" or "A" => "true",
                "NEG" or "N" => "false",
                _ => null,
            },
        };
    }

    public static FhirRow? Condition(Condition condition)
    {
        if (Codings(condition.VerificationStatus).Any(c => T(c.Code) is "entered-in-error" or "refuted"))
        {
            return null;
        }

        var codings = Codings(condition.Code).ToList();
        var (code, system) = Code(codings, Icd10) is { } icd ? (icd, "icd10cm")
            : Code(codings, Snomed) is { } sct ? (sct, "snomed")
            : (codings.Select(c => T(c.Code)).FirstOrDefault(c => c is not null), (string?)null);
        return new FhirRow
        {
            ["diagnosis_id"] = T(condition.Id),
            ["patient_id"] = ReferenceId(condition.Subject, "Patient"),
            ["dx_code"] = code,
            ["dx_system"] = system,
            ["dx_date"] = condition.Onset switch
            {
                FhirDateTime at => Text(at),
                Period period => Text(period.StartElement),
                _ => Text(condition.RecordedDateElement),
            },
        };
    }

    /// <summary><c>valueQuantity.value</c> or <c>valueInteger</c>; for item 9 also the PHQ-9 answer codes.</summary>
    private static string? Value(DataType? value, bool answers = true) => value switch
    {
        Quantity q => Number(q.Value),
        Integer i => i.Value?.ToString(CultureInfo.InvariantCulture),
        CodeableConcept c when answers => Codings(c).Select(k => T(k.Code) switch
        {
            "LA6568-5" => "0",
            "LA6569-3" => "1",
            "LA6570-1" => "2",
            "LA6571-9" => "3",
            _ => null,
        }).FirstOrDefault(v => v is not null),
        _ => null,
    };

    private static bool IsAdmission(Encounter encounter) =>
        T(encounter.Class?.Code) == "IMP" && ReferenceId(encounter.PartOf, "Encounter") is not null;

    private static string? Language(Patient patient)
    {
        if (patient.Communication.Count == 0)
        {
            return null;
        }

        var chosen = patient.Communication.FirstOrDefault(c => c.Preferred == true) ?? patient.Communication[0];
        var coding = Codings(chosen.Language).FirstOrDefault();
        return T(chosen.Language?.Text) ?? T(coding?.Display) ?? T(coding?.Code);
    }

    private static string? Minutes(Encounter encounter)
    {
        if (encounter.Length?.Value is { } value)
        {
            var minutes = (T(encounter.Length.Code) ?? T(encounter.Length.Unit)) switch
            {
                "min" => value,
                "h" => value * 60,
                "s" => value / 60,
                _ => (decimal?)null,
            };
            return minutes is { } m ? (m == decimal.Truncate(m) ? decimal.Truncate(m).ToString(CultureInfo.InvariantCulture) : m.ToString(CultureInfo.InvariantCulture)) : null;
        }

        if (Instant(Text(encounter.Period?.StartElement)) is { } start && Instant(Text(encounter.Period?.EndElement)) is { } end)
        {
            return ((long)Math.Round((end - start).TotalMinutes, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);
        }

        return null;
    }

    private static DateTimeOffset? Instant(string? text) =>
        text is not null && text.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            && (text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > text.IndexOf('T', StringComparison.Ordinal))
            ? instant
            : null;
}

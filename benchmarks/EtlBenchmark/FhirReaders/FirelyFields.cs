using Hl7.Fhir.Model;
using QiPipeline.Etl.Sources.Fhir;

namespace QiPipeline.EtlBenchmark.FhirReaders;

/// <summary>The production reader's small rules (trimmed text, references, codings) over Firely's POCOs.</summary>
internal static class FirelyFields
{
    public static string? T(string? text) => text is not null && text.Trim().Length > 0 ? text.Trim() : null;

    /// <summary>A primitive as it was written (an unrecognized code or an unparsable date included).</summary>
    public static string? Text(PrimitiveType? primitive) => primitive is null ? null : T(primitive.ToString());

    public static IEnumerable<Coding> Codings(CodeableConcept? concept) => concept?.Coding ?? [];

    public static IEnumerable<Coding> AllCodings(IEnumerable<CodeableConcept>? concepts) => (concepts ?? []).SelectMany(Codings);

    public static string? Code(IEnumerable<Coding> codings, string system) =>
        codings.Where(c => T(c.System) == system).Select(c => T(c.Code)).FirstOrDefault(c => c is not null);

    public static string? Number(decimal? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>As <c>FhirJson.ReferenceId</c>: Type/id, an absolute URL, a version suffix, urn:uuid.</summary>
    public static string? ReferenceId(ResourceReference? reference, string type) => FhirJson.IdOfReference(T(reference?.Reference), type);

    /// <summary>As <c>FhirMaps.Clinic</c> with no organization map: the first organization-like reference's id or identifier.</summary>
    public static string? Clinic(IEnumerable<ResourceReference?> references)
    {
        foreach (var reference in references)
        {
            if (reference is null)
            {
                continue;
            }

            if (T(reference.Reference) is { } text)
            {
                var segments = text.Split('/');
                if (segments.Length >= 2 && segments[^2] is "Organization" or "Location" or "HealthcareService" && segments[^1].Length > 0)
                {
                    return segments[^1];
                }

                continue;
            }

            if (T(reference.Identifier?.Value) is { } identifier)
            {
                return identifier;
            }
        }

        return null;
    }

    /// <summary>The primary performer (PPRF), else the first practitioner.</summary>
    public static string? Provider(IEnumerable<(IEnumerable<CodeableConcept>? Type, ResourceReference? Who)> participants)
    {
        var all = participants.ToList();
        var primary = all.Where(p => AllCodings(p.Type).Any(c => T(c.Code) == "PPRF"));
        return primary.Concat(all).Select(p => ReferenceId(p.Who, "Practitioner")).FirstOrDefault(id => id is not null);
    }
}

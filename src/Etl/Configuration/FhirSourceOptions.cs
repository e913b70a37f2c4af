namespace QiPipeline.Etl.Configuration;

/// <summary>
/// The <c>fhir</c> section of a <c>fhir</c> source: the maps that turn an export's own codes and
/// references into the canonical ones (docs/fhir.md). Keys of the code maps are bare codes matched
/// in any coding system: a configuration key cannot hold a system URL, whose ':' separates sections.
/// </summary>
public sealed record FhirSourceOptions
{
    /// <summary>Organization (or Location) reference such as <c>Organization/123</c>, or an identifier value, to a clinic id.</summary>
    public IReadOnlyDictionary<string, string> Organizations { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The clinic of a record that names no organization (an unmapped one is an unknown clinic); null for none.</summary>
    public string? ClinicId { get; init; }

    /// <summary>ServiceRequest category or code to a referral service (<c>behavioral_health</c>, <c>psychiatry</c>, ...).</summary>
    public IReadOnlyDictionary<string, string> ReferralServices { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Encounter or Appointment type / service type to an encounter type (<c>behavioral_health</c>, ...).</summary>
    public IReadOnlyDictionary<string, string> EncounterTypes { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// Observation codes (an EHR's flowsheet codes) to an instrument name of docs/contract.md, for
    /// instruments without a LOINC code there (EPDS, GAD-2, CRAFFT, AHC-HRSN, PRAPARE) or local codes.
    /// </summary>
    public IReadOnlyDictionary<string, string> InstrumentCodes { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Observation codes of patient-experience survey scores.</summary>
    public IReadOnlyList<string> SurveyCodes { get; init; } = [];
}

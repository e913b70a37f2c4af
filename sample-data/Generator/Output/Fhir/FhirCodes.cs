namespace QiPipeline.SampleData;

/// <summary>
/// The codes the synthetic FHIR clinic writes: SNOMED CT concepts for its diagnoses, LOINC for the
/// instruments that have a total-score code, RxNorm ingredients for antidepressants, the CDC race
/// and ethnicity codes of US Core, and the clinic's own visit, referral, flowsheet and survey codes
/// that its configuration maps (<see cref="ConfigWriter"/>).
/// </summary>
internal static class FhirCodes
{
    public const string Snomed = "http://snomed.info/sct";
    public const string Loinc = "http://loinc.org";
    public const string Icd10Cm = "http://hl7.org/fhir/sid/icd-10-cm";
    public const string RxNorm = "http://www.nlm.nih.gov/research/umls/rxnorm";
    public const string RaceEthnicity = "urn:oid:2.16.840.1.113883.6.238";
    public const string ActCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    public const string VisitTypes = "urn:qipipeline:demo:visit-type";
    public const string OrderCodes = "urn:qipipeline:demo:order";
    public const string Flowsheet = "urn:qipipeline:demo:flowsheet";
    public const string RaceUrl = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race";
    public const string EthnicityUrl = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity";
    public const string WarmHandoffUrl = "urn:qipipeline:fhir:warm-handoff";

    /// <summary>SNOMED CT 3457005 |Patient referral|.</summary>
    public const string PatientReferral = "3457005";

    /// <summary>SNOMED CT 185317003 |Telephone encounter|.</summary>
    public const string TelephoneEncounter = "185317003";

    /// <summary>The patient-experience survey's total score (the clinic's own code).</summary>
    public const string SurveyCode = "PX-TOTAL";

    /// <summary>
    /// The SNOMED CT concept written for each ICD-10-CM code the histories use (every SCTID's
    /// Verhoeff check digit verified): the behavioral-health ones as the value sets name them, the
    /// chronic conditions' own concepts.
    /// </summary>
    public static string SnomedFor(string icd10) => icd10 switch
    {
        _ when icd10.StartsWith("F32", StringComparison.Ordinal) => "370143000", // major depressive disorder
        _ when icd10.StartsWith("F33", StringComparison.Ordinal) => "66344007", // recurrent major depression
        "F31.81" => "13746004", // bipolar disorder
        "F20.9" => "58214004", // schizophrenia
        "F41.1" => "21897009", // generalized anxiety disorder
        "F10.10" => "15167005", // alcohol abuse
        "I10" => "59621000", // essential hypertension
        "E78.5" => "55822004", // hyperlipidemia
        "E11.9" => "44054006", // diabetes mellitus type 2
        "J45.909" => "195967001", // asthma
        "E66.9" => "414916001", // obesity
        _ => throw new ArgumentOutOfRangeException(nameof(icd10), icd10, "No SNOMED CT concept for this diagnosis code."),
    };

    /// <summary>The LOINC total-score code, or null for an instrument sent by the clinic's flowsheet code (its name).</summary>
    public static string? LoincFor(string instrument) => instrument switch
    {
        "PHQ-2" => "55758-7",
        "PHQ-9" => "44261-6",
        "PHQ-A" => "89204-2",
        "GAD-7" => "70274-6",
        "AUDIT-C" => "75626-2",
        "DAST-10" => "82667-7",
        _ => null,
    };

    /// <summary>The instruments the clinic sends by flowsheet code (the code is the name).</summary>
    public static readonly IReadOnlyList<string> FlowsheetInstruments = ["EPDS", "GAD-2", "CRAFFT", "AHC-HRSN", "PRAPARE"];

    /// <summary>The clinic's visit type codes; primary care visits carry none.</summary>
    public static readonly IReadOnlyList<(string Code, string Type)> VisitTypeCodes =
        [("BH", "behavioral_health"), ("CM", "care_management"), ("PSY", "psychiatric_consult"), ("OTH", "other")];

    /// <summary>The clinic's referral order codes; "other" referrals carry only the Patient referral category.</summary>
    public static readonly IReadOnlyList<(string Code, string Service)> ReferralCodes =
        [("BH-REF", "behavioral_health"), ("PSY-REF", "psychiatry"), ("SUD-REF", "substance_use"), ("SOC-REF", "social_services")];

    /// <summary>RxNorm ingredient concepts of the antidepressants the histories dispense.</summary>
    public static string? RxNormIngredient(string drug) => drug.Split(' ')[0] switch
    {
        "sertraline" => "36437",
        "escitalopram" => "321988",
        "fluoxetine" => "4493",
        "citalopram" => "2556",
        "bupropion" => "42347",
        "venlafaxine" => "39786",
        "mirtazapine" => "15996",
        "duloxetine" => "72625",
        _ => null,
    };

    /// <summary>The OMB race category codes (CDC Race and Ethnicity) by the contract's names.</summary>
    public static string? RaceCode(string race) => race switch
    {
        "American Indian or Alaska Native" => "1002-5",
        "Asian" => "2028-9",
        "Black or African American" => "2054-5",
        "Native Hawaiian or Other Pacific Islander" => "2076-8",
        "White" => "2106-3",
        _ => null,
    };

    public static string? EthnicityCode(string ethnicity) => ethnicity switch
    {
        "Hispanic or Latino" => "2135-2",
        "Not Hispanic or Latino" => "2186-5",
        _ => null,
    };
}

namespace QiPipeline.Metrics.Timeline;

// The records of one patient's timeline, typed, as loaded by the ETL (canonical names).
// Kept together: they are small, and a reader of the measures wants them side by side.

/// <summary>An encounter; <see cref="ProviderId"/> is the extract's <c>provider_id</c> (the care manager of a care_management contact), when given.</summary>
public sealed record Encounter(string Id, string ClinicId, DateOnly Date, string Type, string? Modality, string Status, int? Minutes, string? ProviderId = null)
{
    /// <summary>Status completed.</summary>
    public bool IsCompleted => Status == "completed";

    /// <summary>A completed primary-care encounter.</summary>
    public bool IsPcVisit => IsCompleted && Type == "primary_care";

    /// <summary>A completed behavioral_health, care_management or psychiatric_consult encounter.</summary>
    public bool IsBhContact => IsCompleted && IsBhType;

    /// <summary>behavioral_health, care_management or psychiatric_consult, whatever the status.</summary>
    public bool IsBhType => Type is "behavioral_health" or "care_management" or "psychiatric_consult";
}

/// <summary>A screening; <see cref="Instrument"/> is the canonical name.</summary>
public sealed record Screening(string Id, string ClinicId, DateOnly Date, string Instrument, int? Score, int? Item9Score, bool? Positive);

/// <summary>A referral.</summary>
public sealed record Referral(string Id, string ClinicId, DateOnly Date, string Service, bool? WarmHandoff)
{
    /// <summary>A referral to behavioral_health, psychiatry or substance_use.</summary>
    public bool IsBhReferral => Service is "behavioral_health" or "psychiatry" or "substance_use";
}

/// <summary>An emergency department visit.</summary>
public sealed record EdVisit(string Id, DateOnly Date, string? PrimaryDx, bool Admitted, IReadOnlyList<string>? OtherDx = null)
{
    /// <summary>The further diagnoses (extract column <c>other_dx</c>), none when absent.</summary>
    public IReadOnlyList<string> OtherDiagnoses => OtherDx ?? [];
}

/// <summary>A pharmacy fill.</summary>
public sealed record MedicationFill(string Id, DateOnly Date, string Drug, string DrugClass, int DaysSupply)
{
    /// <summary>drug_class antidepressant with days_supply &gt;= 1.</summary>
    public bool IsAntidepressant => DrugClass == "antidepressant" && DaysSupply >= 1;
}

/// <summary>
/// A diagnosis: <paramref name="Code"/> in the code system <paramref name="System"/> (<c>icd10cm</c>, the
/// default, or <c>snomed</c>; <see cref="QiPipeline.Warehouse.Model.DxSystems"/>).
/// </summary>
public sealed record Diagnosis(string Id, string Code, DateOnly Date, string System = QiPipeline.Warehouse.Model.DxSystems.Icd10Cm)
{
    /// <summary>Whether the code is a SNOMED CT concept id (else ICD-10-CM).</summary>
    public bool IsSnomed => System == QiPipeline.Warehouse.Model.DxSystems.Snomed;

    /// <summary>Whether the ICD-10-CM code starts with the prefix, compared without the dot and case-insensitive.</summary>
    public bool HasPrefix(string prefix) => !IsSnomed && Normalize(Code).StartsWith(Normalize(prefix), StringComparison.Ordinal);

    /// <summary>An ICD-10-CM code without its dot, upper case.</summary>
    public static string Normalize(string code) => code.Replace(".", "", StringComparison.Ordinal).ToUpperInvariant();
}

/// <summary>A patient experience survey.</summary>
public sealed record Survey(string Id, string ClinicId, DateOnly Date, int? Score, int MaxScore);

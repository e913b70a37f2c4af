namespace QiPipeline.Warehouse.Model;

/// <summary>
/// The code systems a diagnosis (<c>dx_system</c> of the diagnoses entity) may be coded in. An
/// empty <c>dx_system</c> means ICD-10-CM, so extracts written before the column existed load unchanged.
/// </summary>
public static class DxSystems
{
    /// <summary>ICD-10-CM (the default).</summary>
    public const string Icd10Cm = "icd10cm";

    /// <summary>SNOMED CT: the code is a concept identifier (SCTID).</summary>
    public const string Snomed = "snomed";

    /// <summary>Every accepted value, as the vocabulary of <c>dx_system</c>.</summary>
    public static readonly IReadOnlyList<string> All = [Icd10Cm, Snomed];
}

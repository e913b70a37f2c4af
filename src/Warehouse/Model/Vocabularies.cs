namespace QiPipeline.Warehouse.Model;

/// <summary>The coded values of the data contract (docs/contract.md), compared ordinally.</summary>
public static class Vocabularies
{
    /// <summary>Administrative sex.</summary>
    public static readonly IReadOnlyList<string> Sex = ["F", "M", "X", "U"];

    /// <summary>Encounter types.</summary>
    public static readonly IReadOnlyList<string> EncounterType =
        ["primary_care", "behavioral_health", "care_management", "psychiatric_consult", "other"];

    /// <summary>Encounter modalities.</summary>
    public static readonly IReadOnlyList<string> Modality = ["in_person", "telehealth", "phone"];

    /// <summary>Encounter statuses.</summary>
    public static readonly IReadOnlyList<string> EncounterStatus = ["completed", "no_show", "cancelled"];

    /// <summary>Referral services.</summary>
    public static readonly IReadOnlyList<string> ReferralService =
        ["behavioral_health", "psychiatry", "substance_use", "social_services", "other"];

    /// <summary>The code systems of a diagnosis (<c>dx_system</c>); empty means ICD-10-CM.</summary>
    public static readonly IReadOnlyList<string> DxSystem = DxSystems.All;
}

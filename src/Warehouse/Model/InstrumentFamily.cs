namespace QiPipeline.Warehouse.Model;

/// <summary>What a screening instrument screens for.</summary>
public enum InstrumentFamily
{
    /// <summary>PHQ-2, PHQ-9, PHQ-A, EPDS.</summary>
    Depression,

    /// <summary>GAD-2, GAD-7.</summary>
    Anxiety,

    /// <summary>AUDIT-C, AUDIT, DAST-10, single questions, CRAFFT.</summary>
    SubstanceUse,

    /// <summary>AHC-HRSN, PRAPARE.</summary>
    SocialNeeds,
}

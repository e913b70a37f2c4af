namespace QiPipeline.SampleData;

/// <summary>The canonical codes of the CSV extract contract (docs/architecture.md).</summary>
internal static class Vocabulary
{
    public static string Code(Sex sex) => sex switch
    {
        Sex.Female => "F",
        Sex.Male => "M",
        Sex.Other => "X",
        _ => "U",
    };

    public static string Code(EncounterType type) => type switch
    {
        EncounterType.PrimaryCare => "primary_care",
        EncounterType.BehavioralHealth => "behavioral_health",
        EncounterType.CareManagement => "care_management",
        EncounterType.PsychiatricConsult => "psychiatric_consult",
        _ => "other",
    };

    public static string Code(Modality modality) => modality switch
    {
        Modality.InPerson => "in_person",
        Modality.Telehealth => "telehealth",
        _ => "phone",
    };

    public static string Code(EncounterStatus status) => status switch
    {
        EncounterStatus.Completed => "completed",
        EncounterStatus.NoShow => "no_show",
        _ => "cancelled",
    };

    public static string Code(ReferralService service) => service switch
    {
        ReferralService.BehavioralHealth => "behavioral_health",
        ReferralService.Psychiatry => "psychiatry",
        ReferralService.SubstanceUse => "substance_use",
        ReferralService.SocialServices => "social_services",
        _ => "other",
    };

    public static string Code(Instrument instrument) => instrument switch
    {
        Instrument.Phq2 => "PHQ-2",
        Instrument.Phq9 => "PHQ-9",
        Instrument.PhqA => "PHQ-A",
        Instrument.Epds => "EPDS",
        Instrument.Gad2 => "GAD-2",
        Instrument.Gad7 => "GAD-7",
        Instrument.AuditC => "AUDIT-C",
        Instrument.Dast10 => "DAST-10",
        Instrument.Crafft => "CRAFFT",
        Instrument.AhcHrsn => "AHC-HRSN",
        _ => "PRAPARE",
    };
}

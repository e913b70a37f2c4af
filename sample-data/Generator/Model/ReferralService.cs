namespace QiPipeline.SampleData;

internal enum ReferralService
{
    BehavioralHealth,
    Psychiatry,
    SubstanceUse,
    SocialServices,
    Other,
}

namespace QiPipeline.SampleData;

/// <summary>
/// Every number of the story, in one place. Probabilities are per event (a visit, a positive
/// screen, a referral) unless the name says per year. An <see cref="Effect"/> moves from Before
/// (usual care, always at the comparison clinic) to After (a pilot once its integrated-care
/// workflow has ramped up after go-live); everything else is the same in every clinic, so the
/// comparison clinic shows what the pilots would have looked like without the pilot.
/// </summary>
internal static class Story
{
    // ---- Clinics and timeline -------------------------------------------------------------

    /// <summary>Share of the patients generated for north (S1 gets <see cref="SouthShare"/>, E1 the rest).</summary>
    public const double NorthShare = 0.36;

    public const double SouthShare = 0.34;

    /// <summary>N1 goes live on the 1st of the month 13 months before End's month: 14 post months.</summary>
    public const int NorthGoLiveMonthsBeforeEnd = 13;

    /// <summary>S1 goes live three months after N1: 11 post months.</summary>
    public const int SouthGoLiveMonthsBeforeEnd = 10;

    /// <summary>Months from go-live until the new workflow is fully in place (a linear ramp).</summary>
    public const double RampMonths = 3.5;

    /// <summary>SD of the clinic-month multiplier on screening, engagement and top-box probabilities.</summary>
    public const double ClinicMonthNoise = 0.05;

    public const int PrimaryCareProviders = 9;
    public const int BehavioralHealthProviders = 3;
    public const int CareManagers = 2;

    // ---- Panel ------------------------------------------------------------------------------

    /// <summary>Patients already in the panel when the history starts; the others join at a random day.</summary>
    public const double EstablishedShare = 0.82;

    /// <summary>Share of birth dates moved to 29 February of a leap year (edge case for age rules).</summary>
    public const double LeapDayBirthShare = 0.003;

    /// <summary>Annual probability of death by age.</summary>
    public static double AnnualMortality(int age) => age switch
    {
        < 45 => 0.0015,
        < 65 => 0.007,
        < 80 => 0.025,
        _ => 0.08,
    };

    /// <summary>Patients with bipolar disorder (F31.81): excluded from the depression measures.</summary>
    public const double BipolarShare = 0.01;

    /// <summary>Adults with a psychotic disorder (F20.9).</summary>
    public const double PsychoticShare = 0.002;

    /// <summary>Women 18-44 with a postpartum year in the history, screened with EPDS during it.</summary>
    public const double PostpartumShare = 0.05;

    /// <summary>Patients with an unmet social need (positive AHC-HRSN / PRAPARE), by payer.</summary>
    public const double SocialNeedPublicPayer = 0.42;

    public const double SocialNeedOtherPayer = 0.14;

    // ---- Primary care visits ----------------------------------------------------------------

    /// <summary>Planned primary-care visits per year by age (well-child schedule, chronic care).</summary>
    public static double PrimaryCareVisitsPerYear(int age) => age switch
    {
        < 2 => 6.0,
        < 12 => 1.3,
        < 18 => 1.4,
        < 45 => 2.2,
        < 65 => 3.0,
        _ => 4.0,
    };

    /// <summary>Extra visits per year for each chronic condition (counted up to two).</summary>
    public const double VisitsPerChronicCondition = 0.8;

    /// <summary>Per-patient multiplier on the visit rate, uniform in [1 - spread, 1 + spread].</summary>
    public const double VisitRateSpread = 0.45;

    /// <summary>Nurse, lab and other visits per year (encounter_type other).</summary>
    public const double OtherVisitsPerYear = 0.25;

    public const double PrimaryCareNoShow = 0.08;
    public const double PrimaryCareCancelled = 0.06;

    /// <summary>Telehealth share of primary-care visits; phone visits stay at <see cref="PrimaryCarePhone"/>.</summary>
    public static readonly Effect PrimaryCareTelehealth = new(0.05, 0.17);

    public const double PrimaryCarePhone = 0.03;

    /// <summary>Share of primary-care encounters whose length is not recorded (empty minutes).</summary>
    public const double MinutesNotRecorded = 0.1;

    /// <summary>Days to the next primary-care visit after a depression plan is started (close follow-up).</summary>
    public const int FollowUpVisitMinDays = 21;
    public const int FollowUpVisitMaxDays = 45;

    // ---- Screening --------------------------------------------------------------------------

    public const int MinScreeningAge = 12;
    public const int MinSdohScreeningAge = 18;

    /// <summary>A screen is due when the family was last screened more than this many days ago (reminders fire a month early).</summary>
    public const int ScreeningDueAfterDays = 330;

    /// <summary>Probability of screening at a completed primary-care visit when due.</summary>
    public static readonly Effect DepressionScreenWhenDue = new(0.11, 0.50);

    public static readonly Effect AnxietyScreenWhenDue = new(0.05, 0.25);
    public static readonly Effect SubstanceScreenWhenDue = new(0.07, 0.27);
    public static readonly Effect SdohScreenWhenDue = new(0.04, 0.22);

    /// <summary>Probability of screening again at a visit when not due.</summary>
    public const double ScreenWhenNotDue = 0.03;

    /// <summary>Equity gap: screening probabilities are multiplied by this for patients whose language is not English.</summary>
    public const double NonEnglishScreeningFactor = 0.85;

    /// <summary>Adults screened in two steps (PHQ-2, then PHQ-9 when positive) rather than PHQ-9 directly.</summary>
    public const double TwoStepScreeningShare = 0.7;

    public static readonly Effect FullScreenAfterPositiveShortScreen = new(0.45, 0.9);

    /// <summary>Substance screens that use DAST-10 rather than AUDIT-C (teens use CRAFFT).</summary>
    public const double DastShare = 0.2;

    /// <summary>PHQ-9 repeated at a primary-care / behavioral-health visit during a depression episode (measurement-based care).</summary>
    public static readonly Effect MonitorAtPrimaryCare = new(0.3, 0.75);

    public static readonly Effect MonitorAtBehavioralHealth = new(0.2, 0.6);

    /// <summary>PHQ-9 at a care-manager contact when none in the last <see cref="MonitoringIntervalDays"/> days.</summary>
    public const double MonitorAtCareManagement = 0.9;

    public const int MonitoringIntervalDays = 25;

    /// <summary>GAD-7 repeated at a contact (PC, BH, care manager) during anxiety care, when none in the last <see cref="MonitoringIntervalDays"/> days.</summary>
    public static readonly Effect MonitorAnxiety = new(0.15, 0.65);

    /// <summary>After a positive GAD-7, a recall visit to recheck it about six months later (the pilots' registry does this).</summary>
    public static readonly Effect AnxietyRecheckVisit = new(0.1, 0.6);

    public const int AnxietyRecheckMinDays = 150;
    public const int AnxietyRecheckMaxDays = 200;

    /// <summary>Days of anxiety care (GAD-7 monitoring) after a positive GAD-7.</summary>
    public const int AnxietyCareDays = 365;

    // ---- Depression diagnoses ---------------------------------------------------------------

    /// <summary>
    /// A PHQ-9/PHQ-A/EPDS of 10 or more at a visit: the clinician codes depression (F32.x, F33.x
    /// when coded before) unless it was coded in the last <see cref="DepressionDxRecodeDays"/> days.
    /// The outcome measures need this code in the year before their index score.
    /// </summary>
    public static readonly Effect DepressionDxAtHighScore = new(0.7, 0.9);

    public const int DepressionDxRecodeDays = 60;

    /// <summary>An antidepressant start comes with a depression code near it (the rest are prescribed for anxiety, pain, sleep).</summary>
    public const double DepressionDxWithAntidepressant = 0.85;

    // ---- Latent mood (PHQ-9 points; anxiety follows on the GAD-7 scale) ------------------

    /// <summary>Usual depression level: share of patients low (0-4), mild (4-9), chronic moderate (9-16).</summary>
    public static readonly WeightedChoice<(double Min, double Max)> DepressionBaseline =
        new(((0.0, 4.0), 0.64), ((4.0, 9.0), 0.23), ((9.0, 16.0), 0.13));

    /// <summary>Share of patients in a depressive episode when the history starts.</summary>
    public const double InitialEpisodeShare = 0.08;

    /// <summary>Yearly hazard of a new depressive episode: base + per point of baseline.</summary>
    public const double EpisodeHazardBase = 0.05;

    public const double EpisodeHazardPerPoint = 0.02;

    /// <summary>PHQ-9 points an episode adds on top of the baseline.</summary>
    public const double EpisodeMinSize = 7;
    public const double EpisodeMaxSize = 14;

    /// <summary>
    /// Time constants (days) of recovery towards the baseline; rates add up, so an engaged
    /// patient in collaborative care on an antidepressant improves several times faster.
    /// </summary>
    public const double NaturalRecoveryDays = 240;

    public const double TherapyRecoveryDays = 240;
    public const double MedicationRecoveryDays = 200;
    public const double CollaborativeCareRecoveryDays = 120;

    /// <summary>While treated, the baseline itself is lower (chronic depression improves with care).</summary>
    public const double TreatedBaselineFactor = 0.7;

    /// <summary>SD of the month-to-month wander of the latent level.</summary>
    public const double MonthlyMoodVolatility = 1.3;

    /// <summary>SD of a PHQ-9 score around the latent level.</summary>
    public const double ScoreNoise = 1.6;

    /// <summary>How much of a depressive episode shows on the anxiety scale.</summary>
    public const double AnxietyCoupling = 0.6;

    /// <summary>Patients with an anxiety disorder: their usual GAD-7 level is higher by <see cref="AnxietyDisorderMinSize"/>-<see cref="AnxietyDisorderMaxSize"/> points.</summary>
    public const double AnxietyDisorderShare = 0.08;

    public const double AnxietyDisorderMinSize = 6;
    public const double AnxietyDisorderMaxSize = 11;

    /// <summary>
    /// Share of the anxiety level that active treatment takes away once it has fully worked; the
    /// relief builds up at the treatments' recovery rates and fades over <see cref="AnxietyReliefFadeDays"/>.
    /// </summary>
    public const double AnxietyTreatmentEffect = 0.65;

    public const double AnxietyReliefFadeDays = 240;

    /// <summary>PHQ-9 item 9 (thoughts of self-harm) >= 1, by total score.</summary>
    public static double SelfHarmItemRate(int score) => score switch
    {
        >= 20 => 0.3,
        >= 15 => 0.18,
        >= 10 => 0.06,
        _ => 0.008,
    };

    // ---- Acting on a positive depression screen --------------------------------------------

    /// <summary>The clinician starts a plan (dx, referral, medication) after a positive full screen.</summary>
    public static readonly Effect ActOnPositiveScreen = new(0.55, 0.9);

    public static readonly Effect ReferWhenActing = new(0.55, 0.85);

    /// <summary>At a pilot, share of plans that enroll the patient in collaborative care (times uptake).</summary>
    public const double CollaborativeCareEnrollment = 0.75;

    public static readonly Effect AntidepressantWhenActing = new(0.40, 0.50);

    /// <summary>Added to the antidepressant probability when PHQ-9 >= 15.</summary>
    public const double AntidepressantSevereExtra = 0.15;

    public const double TeenAntidepressant = 0.15;

    /// <summary>Plans after an anxiety / substance / social-needs positive screen (the pilots enroll anxiety in collaborative care too).</summary>
    public static readonly Effect ReferAfterPositiveAnxiety = new(0.35, 0.7);

    public static readonly Effect ReferAfterPositiveSubstance = new(0.2, 0.45);
    public static readonly Effect ReferAfterPositiveSocialNeed = new(0.3, 0.55);

    /// <summary>A BH referral at a completed primary-care visit for a concern raised without a screen (grief, behavior, insomnia).</summary>
    public const double ReferralWithoutScreen = 0.015;

    // ---- Referral, warm handoff, engagement -------------------------------------------------

    /// <summary>Referral written the same day as the visit; otherwise 1-7 days later.</summary>
    public const double SameDayReferral = 0.85;

    public static readonly Effect WarmHandoff = new(0.08, 0.62);

    /// <summary>Equity gap: warm handoffs need an interpreter on the spot.</summary>
    public const double NonEnglishWarmHandoffFactor = 0.8;

    /// <summary>A warm handoff that becomes a same-day BH contact (the clinician was free).</summary>
    public const double WarmHandoffSameDayContact = 0.85;

    /// <summary>Completed BH contact within 30 days when no same-day contact happened.</summary>
    public static readonly Effect Engagement = new(0.36, 0.58);

    /// <summary>Equity gap: engagement probability multiplier for patients whose language is not English.</summary>
    public const double NonEnglishEngagementFactor = 0.65;

    /// <summary>Unengaged referrals: a missed first appointment, and a late start (after 30 days).</summary>
    public const double MissedFirstAppointment = 0.6;

    public const double LateEngagement = 0.25;

    public const int MinTherapySessions = 3;
    public const int MaxTherapySessions = 8;
    public const double BehavioralHealthNoShow = 0.1;
    public const double BehavioralHealthCancelled = 0.06;
    public static readonly Effect BehavioralHealthTelehealth = new(0.18, 0.40);
    public const double BehavioralHealthPhone = 0.06;

    // ---- Collaborative care (pilots only) ---------------------------------------------------

    public const int MinCollaborativeCareDays = 180;
    public const int MaxCollaborativeCareDays = 270;
    public const int MinCareManagerIntervalDays = 7;
    public const int MaxCareManagerIntervalDays = 16;
    public const double CareManagerNoShow = 0.06;
    public const double CareManagerCancelled = 0.04;

    /// <summary>Collaborative-care patients who also see a therapist.</summary>
    public const double CollaborativeCareWithTherapy = 0.4;

    /// <summary>
    /// Stepped care: this many days (week 8-9) after a depression plan the team looks at the PHQ-9s
    /// since; a patient without a score below 10 or at most half the plan's score is not improving.
    /// </summary>
    public const int ImprovementReviewMinDays = 56;

    public const int ImprovementReviewMaxDays = 62;

    /// <summary>A patient not improving at the review gets a psychiatric consult (case review) 2-14 days later.</summary>
    public static readonly Effect ConsultForNonImprover = new(0.12, 0.75);

    public const double AntidepressantAfterConsult = 0.6;

    // ---- Antidepressants -------------------------------------------------------------------

    /// <summary>A refill within a few days of running out (else 8-35 days late).</summary>
    public static readonly Effect RefillOnTime = new(0.62, 0.84);

    public static readonly Effect DiscontinuePerRefill = new(0.14, 0.07);
    public const int MinCourseFills = 6;
    public const int MaxCourseFills = 12;
    public const double NinetyDaySupplyShare = 0.15;

    // ---- Emergency department --------------------------------------------------------------

    /// <summary>ED visits per year with an avoidable primary diagnosis (codes the NYU/Johnston weights mostly class as avoidable).</summary>
    public const double AvoidableEdPerYear = 0.20;

    public const double OtherEdPerYear = 0.16;

    /// <summary>Medicaid and uninsured patients use the ED more for avoidable care.</summary>
    public const double PublicPayerAvoidableEdExtra = 0.10;

    public const double YoungChildAvoidableEdExtra = 0.10;
    public const double ElderlyOtherEdExtra = 0.10;

    /// <summary>After a BH ED visit not leading to admission: a BH contact 1-7 days later.</summary>
    public static readonly Effect EdFollowUpWithin7Days = new(0.25, 0.65);

    /// <summary>Otherwise: a BH contact 8-30 days later.</summary>
    public static readonly Effect EdFollowUpWithin30Days = new(0.2, 0.45);

    /// <summary>A BH ED follow-up contact of a patient not in BH care starts therapy.</summary>
    public const double TherapyAfterEdFollowUp = 0.5;

    /// <summary>Injury ED visits (S codes) that carry an external-cause code (a fall) in other_dx.</summary>
    public const double InjuryExternalCause = 0.5;

    /// <summary>Avoidable ED visits fall at the pilots (same-day access, care manager calls).</summary>
    public static readonly Effect AvoidableEdFactor = new(1.0, 0.65);

    /// <summary>BH ED visits per year (F32.9, R45.851, ...) by current PHQ-9 level.</summary>
    public static double BehavioralHealthEdPerYear(double depression) => depression switch
    {
        >= 18 => 0.5,
        >= 12 => 0.15,
        _ => 0.015,
    };

    public const double MaxBehavioralHealthEdPerYear = 0.5;

    /// <summary>Winter peak: Dec-Feb about 1.4 times the other months.</summary>
    public static double EdSeason(int month) => month switch
    {
        12 or 1 or 2 => 1.35,
        3 or 11 => 1.0,
        _ => 0.9,
    };

    public const double MaxEdSeason = 1.35;

    public const double AdmittedAvoidable = 0.03;
    public const double AdmittedOther = 0.2;
    public const double AdmittedBehavioralHealth = 0.3;

    public static readonly IReadOnlyList<string> EdFacilities = ["MRCY", "SLUK", "CMTY", "UNIV"];

    // ---- Patient experience ----------------------------------------------------------------

    public const double SurveyAfterPrimaryCare = 0.14;
    public const double SurveyAfterBehavioralHealth = 0.06;

    /// <summary>Top box of a 1-5 survey (score = max_score).</summary>
    public static readonly Effect FivePointTopBox = new(0.50, 0.68);

    /// <summary>Top box of a 0-10 rating (9 or 10, as CAHPS counts it); 10 is <see cref="TenOfTopBox"/> of these.</summary>
    public static readonly Effect TenPointTopBox = new(0.62, 0.80);

    public const double TenOfTopBox = 0.6;
}

using QiPipeline.Metrics.Catalog;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;
using static QiPipeline.Metrics.Catalog.ParameterDefinition;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// What makes a score an index event (a baseline) for one outcome measure, read from that
/// measure's parameters: its instruments, minimum age, index threshold, episode length and, for
/// the depression measures, the diagnosis a qualifying score needs.
/// </summary>
internal sealed class BaselineRule
{
    /// <summary>Reads the index parameters of a measure; <paramref name="diagnosis"/> is the group a qualifying score needs, or null when none (GAD-7).</summary>
    public BaselineRule(MeasureParameters parameters, DiagnosisGroup? diagnosis)
    {
        Instruments = parameters.Strings("instruments");
        MinAge = parameters.Int("minAge");
        Threshold = parameters.Int("indexThreshold");
        EpisodeDays = parameters.Int("episodeDays");
        // Only the depression measures declare the diagnosis parameters, so the anxiety ones cannot set one that does nothing.
        if (diagnosis is not null && parameters.Bool("requireDiagnosis"))
        {
            Diagnosis = diagnosis;
            DiagnosisLookbackDays = parameters.Int("diagnosisLookbackDays");
        }
    }

    /// <summary>The parameters this rule reads, with their defaults, for a measure's catalog entry.</summary>
    /// <param name="instruments">The default instruments (one scale).</param>
    /// <param name="withDiagnosis">Whether the measure needs a diagnosis at the index score (depression), so declares <c>requireDiagnosis</c> and <c>diagnosisLookbackDays</c>.</param>
    public static ParameterDefinition[] Parameters(IReadOnlyList<string> instruments, bool withDiagnosis) =>
    [
        TextList("instruments", instruments, "The scored instruments (one scale).", InstrumentNames),
        Integer("minAge", 12, "The minimum age at the index score."),
        Integer("indexThreshold", 10, "The score at or above which a score can open an episode."),
        Integer("episodeDays", 365, "How long an episode lasts: no new index event in this many days after one."),
        .. withDiagnosis
            ?
            [
                Boolean("requireDiagnosis", true, "Whether an index score needs a depression diagnosis (F32 but not F32.81/F32.89, F33, F34.1) dated in the days before it."),
                Integer("diagnosisLookbackDays", 365, "How many days before the index score (through its day) the depression diagnosis may be dated."),
            ]
            : Array.Empty<ParameterDefinition>(),
    ];

    /// <summary>The scored instruments (<c>instruments</c>), one scale.</summary>
    public IReadOnlyList<string> Instruments { get; }

    /// <summary>The minimum age at the index score (<c>minAge</c>).</summary>
    public int MinAge { get; }

    /// <summary>The score at or above which a score qualifies (<c>indexThreshold</c>).</summary>
    public int Threshold { get; }

    /// <summary>
    /// How long an episode lasts (<c>episodeDays</c>, 365): a qualifying score at d is an index event
    /// only when no index event is dated in [d - this, d - 1], and the episode of an index event d
    /// covers [d, d + this - 1].
    /// </summary>
    public int EpisodeDays { get; }

    /// <summary>The diagnosis a qualifying score needs, or null when none is required.</summary>
    public DiagnosisGroup? Diagnosis { get; }

    /// <summary>How many days before the score the needed diagnosis may be dated (<c>diagnosisLookbackDays</c>).</summary>
    public int DiagnosisLookbackDays { get; }

    /// <summary>The scored screenings of the instruments, by date then id.</summary>
    public List<Screening> Scores(PatientTimeline timeline) =>
        [.. timeline.Screenings.Where(s => s.Score is not null && Instruments.Contains(s.Instrument, StringComparer.OrdinalIgnoreCase))];

    /// <summary>Whether a score dated <paramref name="date"/> of at least the threshold qualifies: the patient's age and the needed diagnosis.</summary>
    public bool Qualifies(PatientTimeline timeline, DateOnly date) =>
        timeline.Patient.AgeAt(date) >= MinAge
        && (Diagnosis is null || timeline.HasDiagnosis(Diagnosis, date.AddDays(-DiagnosisLookbackDays), date));
}

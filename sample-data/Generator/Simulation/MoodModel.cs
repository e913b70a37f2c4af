namespace QiPipeline.SampleData;

/// <summary>
/// A patient's latent depression on the PHQ-9 scale (0-27). Between events it relaxes
/// exponentially towards a baseline, faster with each active treatment, and wanders a little;
/// episodes add a jump. Anxiety is the patient's own baseline plus a share of the episode, less
/// the relief that active treatment builds up. Screening scores are noisy readings of these levels.
/// </summary>
internal sealed class MoodModel
{
    private const double Phq9Max = 27;
    private const double Gad7Max = 21;
    private double _baseline;
    private double _anxietyBaseline;

    /// <summary>0 (untreated) to 1 (treatment fully working): the share of <see cref="Story.AnxietyTreatmentEffect"/> in effect.</summary>
    private double _anxietyRelief;
    private DateOnly _asOf;

    /// <summary>The current latent PHQ-9 level.</summary>
    public double Depression { get; private set; }

    public double Anxiety =>
        Math.Clamp(
            (_anxietyBaseline + (Story.AnxietyCoupling * (Depression - _baseline) * Gad7Max / Phq9Max))
                * (1 - (Story.AnxietyTreatmentEffect * _anxietyRelief)),
            0,
            Gad7Max);

    /// <summary>Yearly hazard of a new episode: people with a higher usual level relapse more.</summary>
    public double EpisodeHazardPerYear => Story.EpisodeHazardBase + (Story.EpisodeHazardPerPoint * _baseline);

    public void Start(DateOnly day, bool bipolar, Rng random)
    {
        var (min, max) = Story.DepressionBaseline.Pick(random);
        _baseline = random.Uniform(min, max) + (bipolar ? 4 : 0);
        var disorder = random.Chance(Story.AnxietyDisorderShare) ? random.Uniform(Story.AnxietyDisorderMinSize, Story.AnxietyDisorderMaxSize) : 0;
        _anxietyBaseline = Math.Clamp((0.5 * _baseline * Gad7Max / Phq9Max) + random.Uniform(0, 4) + disorder, 0, Gad7Max);
        Depression = _baseline;
        _anxietyRelief = 0;
        _asOf = day;
        if (random.Chance(Story.InitialEpisodeShare))
        {
            StartEpisode(random);
        }
    }

    public void StartEpisode(Rng random) =>
        Depression = Math.Min(Phq9Max, Depression + random.Uniform(Story.EpisodeMinSize, Story.EpisodeMaxSize));

    /// <summary>Moves the level to <paramref name="day"/>.</summary>
    /// <param name="day">The day of the next event (the level never moves backwards).</param>
    /// <param name="recoveryPerDay">The sum of the recovery rates (1 / time constant), natural recovery included.</param>
    /// <param name="treated">Whether any treatment is active (which lowers the baseline too).</param>
    /// <param name="random">The patient's random stream.</param>
    public void Advance(DateOnly day, double recoveryPerDay, bool treated, Rng random)
    {
        var days = day.DayNumber - _asOf.DayNumber;
        if (days <= 0)
        {
            return;
        }

        _asOf = day;
        var target = treated ? _baseline * Story.TreatedBaselineFactor : _baseline;
        var wander = Story.MonthlyMoodVolatility * Math.Sqrt(Math.Min(days, 90) / 30.0) * random.Normal();
        Depression = Math.Clamp(target + ((Depression - target) * Math.Exp(-recoveryPerDay * days)) + wander, 0, Phq9Max);

        // Anxiety relief builds at the treatments' own rates (natural recovery is already in the baseline) and fades without them.
        var treatmentPerDay = recoveryPerDay - (1 / Story.NaturalRecoveryDays);
        _anxietyRelief = treated && treatmentPerDay > 0
            ? 1 - ((1 - _anxietyRelief) * Math.Exp(-treatmentPerDay * days))
            : _anxietyRelief * Math.Exp(-days / Story.AnxietyReliefFadeDays);
    }

    public int ReadPhq9(Rng random) => Read(Depression, Phq9Max, Story.ScoreNoise, random);

    public int ReadPhq2(Rng random) => Read(Depression * 6 / Phq9Max * 1.05, 6, 0.7, random);

    public int ReadEpds(Rng random) => Read(Depression * 30 / Phq9Max * 0.95, 30, 2.0, random);

    public int ReadGad7(Rng random) => Read(Anxiety, Gad7Max, Story.ScoreNoise, random);

    public int ReadGad2(Rng random) => Read(Anxiety * 6 / Gad7Max * 1.05, 6, 0.7, random);

    private static int Read(double level, double max, double noise, Rng random) =>
        (int)Math.Clamp(Math.Round(level + (noise * random.Normal())), 0, max);
}

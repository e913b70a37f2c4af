using System.Globalization;

namespace QiPipeline.SampleData;

/// <summary>What every patient of one clinic shares: the timeline, the pilot's uptake, month-to-month noise, staff.</summary>
internal sealed class ClinicContext
{
    private const double DaysPerMonth = 30.44;
    private readonly double[] _monthNoise;

    public ClinicContext(ClinicProfile profile, Timeline timeline, int seed)
    {
        Profile = profile;
        Timeline = timeline;
        var random = new Rng(Rng.Combine((ulong)(uint)seed, 1000 + (ulong)profile.SourceIndex));
        _monthNoise = new double[timeline.Months];
        for (var i = 0; i < _monthNoise.Length; i++)
        {
            _monthNoise[i] = Math.Clamp(1 + (Story.ClinicMonthNoise * random.Normal()), 0.8, 1.2);
        }

        PrimaryCareProviders = Staff("PC", Story.PrimaryCareProviders);
        BehavioralHealthProviders = Staff("BH", Story.BehavioralHealthProviders);
        CareManagers = Staff("CM", Story.CareManagers);
        Psychiatrist = Staff("PY", 1)[0];
        Facilities = new WeightedChoice<string>(
            [.. Story.EdFacilities.Select((f, i) => (f, i == profile.SourceIndex ? 3.0 : 1.0))]);
    }

    public ClinicProfile Profile { get; }

    public Timeline Timeline { get; }

    public string ClinicId => Profile.ClinicId;

    public IReadOnlyList<string> PrimaryCareProviders { get; }

    public IReadOnlyList<string> BehavioralHealthProviders { get; }

    public IReadOnlyList<string> CareManagers { get; }

    public string Psychiatrist { get; }

    /// <summary>The nearby emergency departments, the clinic's main hospital most often.</summary>
    public WeightedChoice<string> Facilities { get; }

    /// <summary>
    /// How far the pilot's changes are in place on <paramref name="day"/>: 0 before go-live (and
    /// always at the comparison clinic), rising linearly to 1 over <see cref="Story.RampMonths"/>.
    /// </summary>
    public double Uptake(DateOnly day)
    {
        if (Profile.GoLive is not { } goLive || day < goLive)
        {
            return 0;
        }

        return Math.Min(1.0, (day.DayNumber - goLive.DayNumber) / (Story.RampMonths * DaysPerMonth));
    }

    /// <summary>A clinic-month multiplier near 1: staffing, flu season, a busy month.</summary>
    public double Noise(DateOnly day) => _monthNoise[Timeline.MonthIndex(day)];

    private string[] Staff(string role, int count) =>
        [.. Enumerable.Range(1, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"{Profile.Code}-{role}{i:00}"))];
}

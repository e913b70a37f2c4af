namespace QiPipeline.SampleData;

/// <summary>One generated clinic and the source that holds it.</summary>
/// <param name="SourceIndex">The source's position in the configuration (and in its random seeds).</param>
/// <param name="SourceName">The source name in qi.json (also its folder or database name).</param>
/// <param name="ClinicId">The clinic id on the records.</param>
/// <param name="Name">The clinic's display name.</param>
/// <param name="Kind">How the source is written.</param>
/// <param name="Code">The id prefix of the source's records (N-P000001).</param>
/// <param name="GoLive">The pilot's go-live (the 1st of a month), or null for the comparison clinic.</param>
/// <param name="Share">The clinic's share of <see cref="GeneratorOptions.Patients"/>.</param>
/// <param name="SdohInstrument">The social-needs screen the clinic uses.</param>
/// <param name="TenPointSurveyShare">The share of surveys that are 0-10 ratings (the rest are 1-5).</param>
internal sealed record ClinicProfile(
    int SourceIndex,
    string SourceName,
    string ClinicId,
    string Name,
    char Code,
    SourceKind Kind,
    DateOnly? GoLive,
    double Share,
    Instrument SdohInstrument,
    double TenPointSurveyShare)
{
    public bool Pilot => GoLive is not null;

    /// <summary>North (CSV) and South (SQLite) are pilots with different go-lives; East (FHIR) is the comparison clinic.</summary>
    public static IReadOnlyList<ClinicProfile> For(Timeline timeline) =>
    [
        new(0, "north", "N1", "North Family Medicine", 'N', SourceKind.Csv,
            timeline.MonthStartBeforeEnd(Story.NorthGoLiveMonthsBeforeEnd), Story.NorthShare, Instrument.AhcHrsn, 1.0),
        new(1, "south", "S1", "Southside Health Center", 'S', SourceKind.Sqlite,
            timeline.MonthStartBeforeEnd(Story.SouthGoLiveMonthsBeforeEnd), Story.SouthShare, Instrument.Prapare, 0.7),
        new(2, "east", "E1", "Eastview Community Clinic", 'E', SourceKind.Fhir,
            null, 1 - Story.NorthShare - Story.SouthShare, Instrument.AhcHrsn, 0.9),
    ];
}

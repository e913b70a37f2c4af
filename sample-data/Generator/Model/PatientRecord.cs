namespace QiPipeline.SampleData;

/// <summary>
/// A patient row. <paramref name="Number"/> becomes the id (N-P000123); <paramref name="RegisteredOn"/>
/// is not a contract column, it dates the row's change timestamp in the database source.
/// </summary>
internal readonly record struct PatientRecord(
    int Number,
    DateOnly BirthDate,
    Sex Sex,
    string? Race,
    string? Ethnicity,
    string Language,
    string Payer,
    DateOnly? DeathDate,
    DateOnly RegisteredOn)
{
    public BadValue? Bad { get; init; }
}

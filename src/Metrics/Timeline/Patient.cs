namespace QiPipeline.Metrics.Timeline;

/// <summary>A patient as the measures see it. Identity is (<see cref="Source"/>, <see cref="PatientId"/>).</summary>
public sealed record Patient(
    string Source,
    string PatientId,
    string? ClinicId,
    DateOnly BirthDate,
    string Sex,
    string? Race,
    string? Ethnicity,
    string? Language,
    string? Payer,
    DateOnly? DeathDate)
{
    /// <summary>
    /// Age at <paramref name="date"/>: the largest whole n with birth + n years &lt;= date, where
    /// adding years to 29 February gives 28 February (.NET <see cref="DateOnly.AddYears"/>).
    /// </summary>
    public int AgeAt(DateOnly date)
    {
        var age = date.Year - BirthDate.Year;
        if (age > 0 && BirthDate.AddYears(age) > date)
        {
            age--;
        }

        return age;
    }
}

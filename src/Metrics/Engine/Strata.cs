using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Engine;

/// <summary>
/// The equity strata of kpi_monthly. Age band is taken at the end of the unit's month; a missing
/// value is reported as <c>unknown</c> so the strata of a measure always add up to its total.
/// </summary>
public static class Strata
{
    /// <summary>The stratum names, in report order.</summary>
    public static readonly IReadOnlyList<string> Names = ["age_band", "sex", "race", "ethnicity", "language", "payer"];

    /// <summary>The patient's value in each stratum, in <see cref="Names"/> order.</summary>
    public static string[] Of(Patient patient, Month month) =>
    [
        AgeBand(patient.AgeAt(month.End)),
        patient.Sex,
        patient.Race ?? "unknown",
        patient.Ethnicity ?? "unknown",
        patient.Language ?? "unknown",
        patient.Payer ?? "unknown",
    ];

    /// <summary>0-11, 12-17, 18-64 or 65+.</summary>
    public static string AgeBand(int age) => age switch
    {
        < 12 => "0-11",
        < 18 => "12-17",
        < 65 => "18-64",
        _ => "65+",
    };
}

namespace QiPipeline.Reports;

/// <summary>Settings of the monthly workbook beyond its data.</summary>
/// <param name="Targets">
/// Per measure id, its target on the scale of the kpi rate (a proportion 0..1, or ED visits per patient-month);
/// a measure absent has none. The Summary's assurance icon and the charts' dashed target line come from it.
/// </param>
/// <param name="ChartsFolder">Where every chart is also written as a PNG for slides, or null for nowhere.</param>
/// <param name="MinMonthlyDenominator">
/// The median monthly denominator below which a series is charted by quarter instead of by month.
/// </param>
public sealed record MonthlyOptions(IReadOnlyDictionary<string, double> Targets, string? ChartsFolder, int MinMonthlyDenominator = MonthlyOptions.DefaultMinMonthlyDenominator)
{
    /// <summary>The low-volume threshold when none is configured.</summary>
    public const int DefaultMinMonthlyDenominator = 20;

    /// <summary>No targets, no chart files.</summary>
    public static MonthlyOptions None { get; } = new(new Dictionary<string, double>(StringComparer.Ordinal), null);

    /// <summary>The target of a measure, or null.</summary>
    public double? TargetOf(string measureId) => Targets.TryGetValue(measureId, out var target) ? target : null;
}

namespace QiPipeline.Application.Configuration;

/// <summary>The <c>reports</c> configuration section; <see cref="ReportsOptionsValidator"/> checks it.</summary>
internal sealed record ReportsOptions
{
    /// <summary>Where the workbooks go, relative to the configuration file; <c>out/reports</c> when absent.</summary>
    public string? OutputDir { get; init; }

    /// <summary>The smallest count shown in aggregate reports (small-cell suppression); 1 or more.</summary>
    public int MinCellSize { get; init; } = 11;

    /// <summary>The cost of one avoidable ED visit, for the value workbook's estimated savings; 0 (the default) shows none.</summary>
    public decimal AvoidableEdVisitCost { get; init; }

    /// <summary>
    /// Where chart PNGs are written for slides, relative to the configuration file; <c>charts</c> inside the
    /// reports folder when absent.
    /// </summary>
    public string? ChartsDir { get; init; }

    /// <summary>
    /// Per measure id, its target on the scale of the kpi rate: a proportion from 0 to 1, or ED visits per
    /// patient-month (0.03 is 30 per 1,000).
    /// </summary>
    public IReadOnlyDictionary<string, double> Targets { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal);

    /// <summary>
    /// The payment per unit of each collaborative care code (99492, 99493, 99494, G2214), for the value
    /// workbook's estimated revenue; empty (the default) shows counts only.
    /// </summary>
    public IReadOnlyDictionary<string, decimal> CocmRates { get; init; } = new Dictionary<string, decimal>(StringComparer.Ordinal);

    /// <summary>
    /// The median monthly denominator below which a series is charted by quarter instead of by month (1 or more).
    /// </summary>
    public int MinMonthlyDenominator { get; init; } = 20;

    /// <summary>
    /// The fewest units the comparison clinics need in each period before the pilot workbook reads a
    /// difference against them (1 or more); fewer reads "too few comparison patients".
    /// </summary>
    public int MinComparisonUnits { get; init; } = 30;
}

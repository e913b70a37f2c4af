namespace QiPipeline.Cli.Configuration;

/// <summary>The <c>reports</c> configuration section.</summary>
internal sealed class ReportsOptions
{
    /// <summary>Where the workbooks go, relative to the configuration file; <c>out/reports</c> when absent.</summary>
    public string? OutputDir { get; set; }

    /// <summary>The smallest count shown in aggregate reports (small-cell suppression).</summary>
    public int MinCellSize { get; set; } = 11;

    /// <summary>The cost of one avoidable ED visit, for the value workbook's estimated savings; 0 (the default) shows none.</summary>
    public decimal AvoidableEdVisitCost { get; set; }

    /// <summary>
    /// Where chart PNGs are written for slides, relative to the configuration file; <c>charts</c> inside the
    /// reports folder when absent.
    /// </summary>
    public string? ChartsDir { get; set; }

    /// <summary>
    /// Per measure id, its target on the scale of the kpi rate: a proportion from 0 to 1, or ED visits per
    /// patient-month (0.03 is 30 per 1,000). Checked by <see cref="ConfigurationLoader"/> before binding.
    /// </summary>
    public Dictionary<string, double> Targets { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The payment per unit of each collaborative care code (99492, 99493, 99494, G2214), for the value
    /// workbook's estimated revenue; empty (the default) shows counts only.
    /// </summary>
    public Dictionary<string, decimal> CocmRates { get; set; } = [];
}

namespace QiPipeline.Reports.Pilot;

/// <summary>Settings of the pilot workbook beyond its data.</summary>
/// <param name="MinComparisonUnits">
/// The fewest units the comparison clinics need in each period before a pilot's change is read against theirs;
/// fewer reads "too few comparison patients".
/// </param>
/// <param name="ChartsFolder">Where the charts are also written as PNG files for slides, or null for nowhere.</param>
public sealed record PilotOptions(int MinComparisonUnits = PilotOptions.DefaultMinComparisonUnits, string? ChartsFolder = null)
{
    /// <summary>The comparison threshold when none is configured.</summary>
    public const int DefaultMinComparisonUnits = 30;

    /// <summary>The defaults, no chart files.</summary>
    public static PilotOptions None { get; } = new();
}

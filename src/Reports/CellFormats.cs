namespace QiPipeline.Reports;

/// <summary>
/// The Excel number formats every workbook shares, so a reader sees one unit written one way: percentages,
/// changes in percentage points (the cell holds points, e.g. 12.3, not 0.123), whole counts and rates.
/// </summary>
public static class CellFormats
{
    /// <summary>A proportion held as 0..1, shown as "42.5%".</summary>
    public const string Percent = "0.0%";

    /// <summary>A change in percentage points held as points, shown as "+12.3 pp", "-4.0 pp" or "0.0 pp".</summary>
    public const string PercentagePoints = "+0.0\" pp\";-0.0\" pp\";0.0\" pp\"";

    /// <summary>A whole count, shown as "1,234".</summary>
    public const string Count = "#,##0";

    /// <summary>A rate or an amount with one decimal, shown as "1,234.5".</summary>
    public const string OneDecimal = "#,##0.0";

    /// <summary>Money, shown as "$1,234".</summary>
    public const string Dollars = "\"$\"#,##0";

    /// <summary>A date, shown as "2026-11-30".</summary>
    public const string Date = "yyyy-mm-dd";

    /// <summary>A month, shown as "2026-11".</summary>
    public const string Month = "yyyy-mm";
}

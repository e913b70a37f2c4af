namespace QiPipeline.Reports.OpenXml;

/// <summary>
/// A native Excel bar chart to place on a sheet: its categories and series are cell ranges of the workbook,
/// so Excel and LibreOffice draw it from the cells and a reader can edit it.
/// </summary>
/// <param name="SheetName">The sheet the chart is drawn on.</param>
/// <param name="Title">The chart's title.</param>
/// <param name="Categories">The range of the category labels, e.g. <c>'Executive summary'!$A$6:$A$10</c>.</param>
/// <param name="Series">The series, drawn in this order.</param>
/// <param name="NumberFormat">The format of the value axis and the data labels.</param>
/// <param name="FromColumn">The 0-based column of the top-left corner.</param>
/// <param name="FromRow">The 0-based row of the top-left corner.</param>
/// <param name="ToColumn">The 0-based column of the bottom-right corner.</param>
/// <param name="ToRow">The 0-based row of the bottom-right corner.</param>
/// <param name="Minimum">The value axis' lowest value (0 for percentages and rates, so bars are not exaggerated), or null for automatic.</param>
internal sealed record NativeChart(
    string SheetName, string Title, string Categories, IReadOnlyList<NativeChartSeries> Series, string NumberFormat,
    int FromColumn, int FromRow, int ToColumn, int ToRow, double? Minimum = 0);

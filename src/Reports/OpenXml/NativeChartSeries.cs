namespace QiPipeline.Reports.OpenXml;

/// <summary>One series of a <see cref="NativeChart"/>.</summary>
/// <param name="Name">The range of the series' name (one cell), e.g. <c>'Executive summary'!$B$5</c>.</param>
/// <param name="Values">The range of its values, as long as the chart's categories.</param>
/// <param name="Color">Its fill, as six hex digits.</param>
internal sealed record NativeChartSeries(string Name, string Values, string Color);

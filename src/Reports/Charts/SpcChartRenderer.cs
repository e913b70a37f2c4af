using System.Globalization;
using QiPipeline.Metrics.Spc;
using QiPipeline.Reports.Monthly;
using ScottPlot;

namespace QiPipeline.Reports.Charts;

/// <summary>
/// Draws a series' SPC chart as a slide-ready PNG (1600x900, sans-serif) with ScottPlot (SkiaSharp: no GDI+):
/// the measure's display name, the clinic and the as-of date in the title; points joined by a line, the
/// centre line and limits per part (limits step with the denominator), special-cause points filled in the
/// Making Data Count colours, pending points hollow, the go-live as a dashed line, the ramp-up and PDSA
/// cycles shaded over their months and labelled, the target (when set) as a dashed line, and n per point as
/// grey bars on a right-hand axis.
/// </summary>
internal static class SpcChartRenderer
{
    public const int Width = 1600;
    public const int Height = 900;

    /// <summary>The chart is laid out at half size and drawn at twice the scale: text large enough to read projected.</summary>
    private const float Scale = 2;

    /// <summary>Sans-serif, installed with the fonts every Linux machine of ours has (DejaVu); Skia falls back otherwise.</summary>
    public const string FontName = "DejaVu Sans";

    private static readonly Color Line = Color.FromHex("#7F7F7F");
    private static readonly Color Point = Color.FromHex("#3B4A5A");
    private static readonly Color Limit = Color.FromHex("#A0A0A0");
    private static readonly Color Centre = Color.FromHex("#2F2F2F");
    private static readonly Color RunsSignal = Color.FromHex("#D55E00");
    private static readonly Color GoLive = Color.FromHex("#1B7F3B");
    private static readonly Color Pdsa = Color.FromHex("#E0B000");
    private static readonly Color Target = Color.FromHex("#6A3D9A");
    private static readonly Color Units = Color.FromHex("#B8C4D0");

    /// <summary>Draws the chart as of the end of the series' last period.</summary>
    public static byte[] Render(ClinicSeries series, IReadOnlyList<PdsaCycle> cycles) =>
        Render(series, cycles, series.Months.Count == 0 ? DateOnly.MinValue : series.Months[^1].Period.End);

    /// <param name="series">The series; it must have data.</param>
    /// <param name="cycles">The PDSA cycles to shade.</param>
    /// <param name="asOf">The as-of date, in the title.</param>
    public static byte[] Render(ClinicSeries series, IReadOnlyList<PdsaCycle> cycles, DateOnly asOf)
    {
        if (!series.HasData)
        {
            throw new ArgumentException("a series without data has no chart", nameof(series));
        }

        var scale = series.Measure.PerYearScale * (series.Measure.IsRate ? 1 : 100);
        var axis = new ChartAxis(series.Rows[0].Period, series.Rows.Count, series.Quarterly);
        var plot = new Plot { ScaleFactor = Scale };
        plot.Font.Set(FontName);
        var values = new List<double>();
        var rows = Enumerable.Range(0, series.Rows.Count).Where(r => series.PointOfRow[r] is not null).ToList();
        var ramp = Enumerable.Range(0, series.Rows.Count).Where(r => series.PhaseAt(r) == SeriesPhase.Ramp && series.Rows[r].Denominator > 0).ToList();

        AddUnits(plot, series);
        AddLimits(plot, series, rows, scale, values);
        if (series.Target is { } target)
        {
            var line = plot.Add.HorizontalLine(target * scale, 1.5f, Target, LinePattern.Dashed);
            line.LegendText = series.Measure.IsRate
                ? string.Create(CultureInfo.InvariantCulture, $"target {target * scale:0.#} per 1,000 a year")
                : string.Create(CultureInfo.InvariantCulture, $"target {target * scale:0.#}%");
            values.Add(target * scale);
        }

        var plotted = Enumerable.Range(0, series.Rows.Count).Where(r => series.Rows[r].Rate is not null).ToList();
        var joined = plot.Add.ScatterLine(plotted.Select(r => (double)r).ToArray(), plotted.Select(r => series.Rows[r].Rate!.Value * scale).ToArray(), Line);
        joined.LineWidth = 1;
        AddPoints(plot, series, rows, scale, values);
        AddRampPoints(plot, series, ramp, scale, values);

        var (low, high) = YRange(values, series.Measure.IsRate ? double.PositiveInfinity : 100);
        AddSpans(plot, series, axis, cycles, ramp, high);
        if (series.Clinic.GoLive is { } goLive)
        {
            var line = plot.Add.VerticalLine(axis.X(goLive), 1.5f, GoLive, LinePattern.Dashed);
            line.LegendText = string.Create(CultureInfo.InvariantCulture, $"go-live {goLive:yyyy-MM-dd}");
        }

        plot.Title($"{series.Measure.DisplayName} — {series.Clinic.Name}", 13);
        plot.XLabel(XLabel(series, asOf), 9);
        plot.YLabel(series.Measure.IsRate ? "ED visits per 1,000 patients per year" : "percent of patients", 10);
        var (positions, labels) = axis.Ticks();
        plot.Axes.Bottom.SetTicks(positions, labels);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => series.Measure.IsRate ? v.ToString("N0", CultureInfo.InvariantCulture) : v.ToString("0", CultureInfo.InvariantCulture) + "%",
        };
        plot.Axes.SetLimitsX(ChartAxis.Min, axis.Max);
        plot.Axes.SetLimitsY(low, high, plot.Axes.Left);
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.FontSize = 8;
        return PngEncoder.Encode(plot, Width, Height);
    }

    /// <summary>What the chart is, when it was drawn, what the bars are and, at low volume, why it is by quarter.</summary>
    private static string XLabel(ClinicSeries series, DateOnly asOf)
    {
        var parts = new List<string>();
        if (series.Quarterly)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"by quarter: only {series.MedianMonthlyDenominator:0.#} patients in a typical month"));
        }

        parts.Add(series.ChartName);
        parts.Add(string.Create(CultureInfo.InvariantCulture, $"as of {asOf:yyyy-MM-dd}"));
        parts.Add($"grey bars: n per {series.PointName} (right axis)");
        return string.Join(" · ", parts);
    }

    /// <summary>The denominator of every point as bars in the bottom quarter, on an axis of its own.</summary>
    private static void AddUnits(Plot plot, ClinicSeries series)
    {
        var bars = series.Rows.Select((r, i) => new Bar { Position = i, Value = r.Denominator, FillColor = Units.WithAlpha(0.55), LineWidth = 0, Size = 0.6 }).ToList();
        var plottable = plot.Add.Bars(bars);
        plottable.Axes.YAxis = plot.Axes.Right;
        var max = Math.Max(1, series.Rows.Max(r => r.Denominator));
        plot.Axes.SetLimitsY(0, max * 4, plot.Axes.Right);
        plot.Axes.Right.Label.Text = "n per " + series.PointName;
        plot.Axes.Right.Label.FontSize = 9;
        plot.Axes.Right.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => v <= max ? v.ToString("N0", CultureInfo.InvariantCulture) : "",
        };
    }

    /// <summary>The ramp-up and the PDSA cycles shaded over their periods on the x axis, each labelled at the top.</summary>
    private static void AddSpans(Plot plot, ClinicSeries series, ChartAxis axis, IReadOnlyList<PdsaCycle> cycles, List<int> ramp, double top)
    {
        if (series.Clinic.GoLive is not null && ramp.Count > 0)
        {
            var span = plot.Add.HorizontalSpan(ramp[0] - 0.5, ramp[^1] + 0.5);
            span.FillStyle.Color = GoLive.WithAlpha(0.10);
            span.LineStyle.Width = 0;
            span.LegendText = "go-live ramp: not judged";
        }

        var level = 0;
        foreach (var cycle in cycles)
        {
            var (left, right) = (axis.X(cycle.Start), axis.X(cycle.End.AddDays(1)));
            var span = plot.Add.HorizontalSpan(left, right);
            span.FillStyle.Color = Pdsa.WithAlpha(0.22);
            span.LineStyle.Width = 0;
            var label = plot.Add.Text("PDSA " + cycle.Id, left, top);
            label.LabelFontSize = 8;
            label.LabelFontColor = Color.FromHex("#7A5F00");
            label.LabelAlignment = Alignment.UpperLeft;
            label.OffsetY = level * 12;
            level = (level + 1) % 3;
        }

        if (cycles.Count > 0)
        {
            var key = plot.Add.HorizontalSpan(0, 0);
            key.IsVisible = false;
            key.LegendText = "PDSA cycle";
            key.FillStyle.Color = Pdsa.WithAlpha(0.22);
        }
    }

    private static void AddLimits(Plot plot, ClinicSeries series, List<int> rows, double scale, List<double> values)
    {
        var runsShown = false;
        foreach (var part in series.Chart?.Parts ?? [])
        {
            var inPart = rows.Where(r => series.PointAt(r)!.Part == part.Number).ToList();
            var centre = Steps(inPart, r => series.PointAt(r)!.Centre, scale);
            var runs = part.Runs?.Signal == true;
            var centreLine = plot.Add.ScatterLine(centre.Xs, centre.Ys, runs ? RunsSignal : Centre);
            centreLine.LineWidth = 1.5f;
            centreLine.LinePattern = runs ? LinePattern.Dashed : LinePattern.Solid;
            var name = series.Chart!.Type == ChartType.Run ? "median" : "centre line (mean)";
            if (runs && !runsShown)
            {
                centreLine.LegendText = name + ", dashed: non-random runs in the part";
                runsShown = true;
            }
            else if (part.Number == 1)
            {
                centreLine.LegendText = name;
            }

            foreach (var bound in new Func<SpcPoint, double?>[] { p => p.Lower, p => p.Upper })
            {
                var limit = Steps(inPart, r => bound(series.PointAt(r)!), scale);
                if (limit.Xs.Length == 0)
                {
                    continue;
                }

                var limitLine = plot.Add.ScatterLine(limit.Xs, limit.Ys, Limit);
                limitLine.LinePattern = LinePattern.Dotted;
                limitLine.LineWidth = 1.5f;
                values.AddRange(limit.Ys);
            }

            values.AddRange(centre.Ys);
        }
    }

    /// <summary>A step line: each point's value across its period's unit; points without a value are skipped.</summary>
    private static (double[] Xs, double[] Ys) Steps(List<int> rows, Func<int, double?> value, double scale)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        foreach (var r in rows)
        {
            if (value(r) is { } v && double.IsFinite(v))
            {
                xs.Add(r - 0.5);
                xs.Add(r + 0.5);
                ys.Add(v * scale);
                ys.Add(v * scale);
            }
        }

        return (xs.ToArray(), ys.ToArray());
    }

    private static void AddPoints(Plot plot, ClinicSeries series, List<int> rows, double scale, List<double> values)
    {
        var groups = rows.GroupBy(r => (Pending: series.Rows[r].Pending, Kind: series.VariationAt(r)!.Value));
        foreach (var group in groups.OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Pending))
        {
            var xs = group.Select(r => (double)r).ToArray();
            var ys = group.Select(r => series.Rows[r].Rate!.Value * scale).ToArray();
            var (color, label) = group.Key.Kind switch
            {
                Variation.Improvement => (Color.FromHex("#1F6FC5"), "special cause: improvement"),
                Variation.Concern => (Color.FromHex("#E07B00"), "special cause: concern"),
                Variation.NeutralHigh or Variation.NeutralLow => (Color.FromHex("#7B3FA0"), "special cause"),
                _ => (Point, series.PointName),
            };
            var markers = plot.Add.Markers(xs, ys, group.Key.Pending ? MarkerShape.OpenCircle : MarkerShape.FilledCircle, group.Key.Pending ? 7 : 6, color);
            markers.MarkerLineWidth = 1.5f;
            markers.LegendText = group.Key.Pending ? series.PointName + " pending (provisional, not judged)" : label;
            values.AddRange(ys);
        }
    }

    private static void AddRampPoints(Plot plot, ClinicSeries series, List<int> ramp, double scale, List<double> values)
    {
        if (ramp.Count == 0)
        {
            return;
        }

        var ys = ramp.Select(r => series.Rows[r].Rate!.Value * scale).ToArray();
        var markers = plot.Add.Markers(ramp.Select(r => (double)r).ToArray(), ys, MarkerShape.FilledDiamond, 7, GoLive);
        markers.LegendText = "ramp " + series.PointName;
        values.AddRange(ys);
    }

    private static (double Low, double High) YRange(List<double> values, double ceiling)
    {
        var finite = values.Where(double.IsFinite).ToList();
        var min = finite.Min();
        var max = finite.Max();
        var pad = Math.Max((max - min) * 0.12, ceiling == 100 ? 3 : 1);
        return (Math.Max(0, min - pad), Math.Min(ceiling + 4, max + pad));
    }
}

using System.Globalization;
using QiPipeline.Metrics.Spc;
using QiPipeline.Reports.Monthly;
using ScottPlot;

namespace QiPipeline.Reports.Charts;

/// <summary>
/// Draws a series' SPC chart as a PNG with ScottPlot (SkiaSharp: no GDI+): points joined by a line, the
/// centre line and limits per part (limits step with the denominator), special-cause points filled in the
/// Making Data Count colours, pending months hollow, the go-live as a dashed line, PDSA cycles shaded, the target (when set) as a dashed horizontal line.
/// </summary>
internal static class SpcChartRenderer
{
    public const int Width = 760;
    public const int Height = 460;

    private static readonly Color Line = Color.FromHex("#7F7F7F");
    private static readonly Color Point = Color.FromHex("#3B4A5A");
    private static readonly Color Limit = Color.FromHex("#A0A0A0");
    private static readonly Color Centre = Color.FromHex("#2F2F2F");
    private static readonly Color RunsSignal = Color.FromHex("#D55E00");
    private static readonly Color GoLive = Color.FromHex("#1B7F3B");
    private static readonly Color Pdsa = Color.FromHex("#E0B000");
    private static readonly Color Target = Color.FromHex("#6A3D9A");

    public static byte[] Render(ClinicSeries series, IReadOnlyList<PdsaCycle> cycles)
    {
        var chart = series.Chart ?? throw new ArgumentException("a series without points has no chart", nameof(series));
        var scale = series.Measure.IsRate ? 1000 : 100;
        var axis = new ChartAxis(series.Rows[0].Period, series.Rows.Count);
        var plot = new Plot();
        var values = new List<double>();

        foreach (var cycle in cycles)
        {
            var span = plot.Add.VerticalSpan(axis.X(cycle.Start), axis.X(cycle.End.AddDays(1)));
            span.FillStyle.Color = Pdsa.WithAlpha(0.18);
            span.LineStyle.Width = 0;
            span.LegendText = "PDSA " + cycle.Id;
        }

        if (series.Clinic.GoLive is { } goLive)
        {
            var line = plot.Add.VerticalLine(axis.X(goLive), 2, GoLive, LinePattern.Dashed);
            line.LegendText = string.Create(CultureInfo.InvariantCulture, $"go-live {goLive:yyyy-MM-dd}");
        }

        var rows = Enumerable.Range(0, series.Rows.Count).Where(r => series.PointOfRow[r] is not null).ToList();
        AddLimits(plot, series, rows, scale, values);
        if (series.Target is { } target)
        {
            var line = plot.Add.HorizontalLine(target * scale, 2, Target, LinePattern.Dashed);
            line.LegendText = series.Measure.IsRate
                ? string.Create(CultureInfo.InvariantCulture, $"target {target * scale:0.#} per 1,000")
                : string.Create(CultureInfo.InvariantCulture, $"target {target * scale:0.#}%");
            values.Add(target * scale);
        }

        var joined = plot.Add.ScatterLine(rows.Select(r => (double)r).ToArray(), rows.Select(r => series.PointAt(r)!.Value * scale).ToArray(), Line);
        joined.LineWidth = 1.5f;
        AddPoints(plot, series, rows, scale, values);

        plot.Title($"{series.Measure.MeasureId} — {series.Clinic.Name} ({series.ChartName})");
        plot.YLabel(series.Measure.IsRate ? "ED visits per 1,000 patients" : "percent of patients");
        var (positions, labels) = axis.Ticks();
        plot.Axes.Bottom.SetTicks(positions, labels);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => series.Measure.IsRate ? v.ToString("N0", CultureInfo.InvariantCulture) : v.ToString("0", CultureInfo.InvariantCulture) + "%",
        };
        var (low, high) = YRange(values, series.Measure.IsRate ? double.PositiveInfinity : 100);
        plot.Axes.SetLimits(ChartAxis.Min, axis.Max, low, high);
        plot.ShowLegend(Edge.Bottom);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static void AddLimits(Plot plot, ClinicSeries series, List<int> rows, double scale, List<double> values)
    {
        foreach (var part in series.Chart!.Parts)
        {
            var inPart = rows.Where(r => series.PointAt(r)!.Part == part.Number).ToList();
            var centre = Steps(inPart, r => series.PointAt(r)!.Centre, scale);
            var runs = part.Runs?.Signal == true;
            var centreLine = plot.Add.ScatterLine(centre.Xs, centre.Ys, runs ? RunsSignal : Centre);
            centreLine.LineWidth = 1.5f;
            centreLine.LinePattern = runs ? LinePattern.Dashed : LinePattern.Solid;
            if (part.Number == 1)
            {
                centreLine.LegendText = series.Chart.Type == ChartType.Run ? "median" : "centre line (mean)";
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

    /// <summary>A step line: each point's value across its month's unit; months without a value are skipped.</summary>
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
        var groups = rows.GroupBy(r => (Pending: series.Rows[r].Pending, Kind: Kind(series, r)));
        foreach (var group in groups.OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Pending))
        {
            var xs = group.Select(r => (double)r).ToArray();
            var ys = group.Select(r => series.PointAt(r)!.Value * scale).ToArray();
            var (color, label) = group.Key.Kind switch
            {
                Variation.Improvement => (Color.FromHex("#1F6FC5"), "special cause: improvement"),
                Variation.Concern => (Color.FromHex("#E07B00"), "special cause: concern"),
                Variation.NeutralHigh or Variation.NeutralLow => (Color.FromHex("#7B3FA0"), "special cause"),
                _ => (Point, "month"),
            };
            var markers = plot.Add.Markers(xs, ys, group.Key.Pending ? MarkerShape.OpenCircle : MarkerShape.FilledCircle, group.Key.Pending ? 9 : 8, color);
            markers.MarkerLineWidth = 2;
            markers.LegendText = group.Key.Pending ? label + " (pending, provisional)" : label;
            values.AddRange(ys);
        }
    }

    /// <summary>The point's Making Data Count variation; a runs signal of its part shows on the centre line instead.</summary>
    private static Variation Kind(ClinicSeries series, int row) => series.MdcAt(row)!.Variation;

    private static (double Low, double High) YRange(List<double> values, double ceiling)
    {
        var finite = values.Where(double.IsFinite).ToList();
        var min = finite.Min();
        var max = finite.Max();
        var pad = Math.Max((max - min) * 0.08, ceiling == 100 ? 2 : 1);
        return (Math.Max(0, min - pad), Math.Min(ceiling + 1, max + pad));
    }
}

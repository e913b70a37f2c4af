using System.Globalization;
using QiPipeline.Metrics.Catalog;
using QiPipeline.Metrics.Spc;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Reports.Monthly;

/// <summary>
/// Fills the Study of a PDSA cycle from the kpi rows of its clinics: the measure pooled over the 3 months
/// before the cycle's start month against the cycle's months (numerators and denominators summed over
/// the months and clinics), the prediction (a target rate) met or not in the measure's direction, and the
/// months within the cycle whose SPC point is a special cause (Making Data Count rules).
/// </summary>
internal static class PdsaStudy
{
    /// <summary>How many months before the start make the comparison.</summary>
    public const int MonthsBefore = 3;

    /// <param name="cycle">The cycle.</param>
    /// <param name="series">The cycle measure's series of every clinic (and the network).</param>
    public static PdsaFindings Study(PdsaCycle cycle, IReadOnlyList<ClinicSeries> series)
    {
        var display = MeasureDisplay.For(cycle.MeasureId);
        var name = MeasureCatalog.Find(cycle.MeasureId)?.DisplayName ?? cycle.MeasureId;
        var clinics = series.Where(s => cycle.ClinicIds.Contains(s.Clinic.Id, StringComparer.Ordinal)).ToList();
        if (clinics.Count == 0)
        {
            return new PdsaFindings(null, null, null, 0, 0, $"No {name} data for {string.Join(", ", cycle.ClinicIds)}.");
        }

        var first = Month.Of(cycle.Start);
        var last = Month.Of(cycle.End);
        var latest = clinics.SelectMany(s => s.Months).Max(r => r.Period);
        if (first > latest)
        {
            return new PdsaFindings(null, null, null, 0, 0, $"The cycle has not started yet in the data (it starts {cycle.Start:yyyy-MM-dd}).");
        }

        var before = Pool(clinics, first.Plus(-MonthsBefore), first.Plus(-1));
        var during = Pool(clinics, first, last);
        var ongoing = last > latest;
        if (during.Rate is not { } duringRate)
        {
            return new PdsaFindings(before.Rate, null, null, 0, 0, $"No {name} data yet for the months of the cycle.");
        }

        var met = cycle.Prediction is { } p
            ? display.Direction == ImprovementDirection.Decrease ? duringRate <= p : duringRate >= p
            : (bool?)null;
        var improvement = SignalMonths(clinics, first, last, Variation.Improvement);
        var concern = SignalMonths(clinics, first, last, Variation.Concern);
        var parts = new[]
        {
            Change(name, display, before, during, ongoing),
            Prediction(display, cycle.Prediction, met, ongoing),
            Signals(improvement, concern),
        };
        return new PdsaFindings(before.Rate, duringRate, met, improvement, concern, string.Join("; ", parts) + ".");
    }

    /// <summary>A rate as the sentence says it: "36%" or "20.0 per 1,000 patients".</summary>
    public static string Format(MeasureDisplay display, double rate) => display.IsRate
        ? (rate * display.PerYearScale).ToString("#,##0.0", CultureInfo.InvariantCulture) + " per 1,000 patients a year"
        : Math.Round(rate * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Change(string name, MeasureDisplay display, Pooled before, Pooled during, bool ongoing)
    {
        var cycle = (ongoing ? "during the cycle so far" : "during the cycle") + Pending(during.Pending);
        var now = Format(display, during.Rate!.Value);
        if (before.Rate is not { } beforeRate)
        {
            return $"{name} was {now} {cycle} (no data for the {MonthsBefore} months before)";
        }

        var then = Format(display, beforeRate);
        var window = before.Months == MonthsBefore ? $"the {MonthsBefore} months before" : $"the {Months(before.Months)} with data of the {MonthsBefore} before";
        var verb = string.Equals(then, now, StringComparison.Ordinal) ? "was unchanged" : during.Rate > beforeRate ? "rose" : "fell";
        return verb == "was unchanged"
            ? $"{name} was unchanged at {now} between {window} and {cycle}"
            : $"{name} {verb} from {then} in {window} to {now} {cycle}";
    }

    private static string Prediction(MeasureDisplay display, double? prediction, bool? met, bool ongoing)
    {
        if (prediction is not { } p)
        {
            return "no prediction was recorded";
        }

        var verb = ongoing ? (met == true ? "is met so far" : "is not met so far") : met == true ? "was met" : "was not met";
        return display.IsRate ? $"the prediction of {Format(display, p)} {verb}" : $"the {Format(display, p)} prediction {verb}";
    }

    private static string Signals(int improvement, int concern)
    {
        if (improvement == 0 && concern == 0)
        {
            return "no month within the cycle shows special-cause variation";
        }

        var said = new List<string>();
        if (improvement > 0)
        {
            said.Add($"{Months(improvement)} within the cycle {Show(improvement)} special-cause improvement");
        }

        if (concern > 0)
        {
            said.Add($"{Months(concern)} within the cycle {Show(concern)} special-cause concern");
        }

        return string.Join(" and ", said);
    }

    private static string Months(int n) => n == 1 ? "1 month" : n.ToString(CultureInfo.InvariantCulture) + " months";

    private static string Show(int n) => n == 1 ? "shows" : "show";

    private static string Pending(int months) => months switch
    {
        0 => "",
        1 => " (1 month pending, provisional)",
        _ => $" ({months.ToString(CultureInfo.InvariantCulture)} months pending, provisional)",
    };

    private static Pooled Pool(List<ClinicSeries> clinics, Month from, Month to)
    {
        var rows = clinics.SelectMany(s => s.Months).Where(r => r.Period >= from && r.Period <= to && r.Denominator > 0).ToList();
        var denominator = rows.Sum(r => r.Denominator);
        return new Pooled(
            denominator == 0 ? null : rows.Sum(r => r.Numerator) / denominator,
            rows.Select(r => r.Period).Distinct().Count(),
            rows.Where(r => r.Pending).Select(r => r.Period).Distinct().Count());
    }

    private static int SignalMonths(List<ClinicSeries> clinics, Month from, Month to, Variation variation) =>
        clinics.Sum(s => Enumerable.Range(0, s.Rows.Count)
            .Count(i => s.Rows[i].Period >= from && s.Rows[i].Period <= to && s.SpecialCauseAt(i) && s.VariationAt(i) == variation));

    private readonly record struct Pooled(double? Rate, int Months, int Pending);
}

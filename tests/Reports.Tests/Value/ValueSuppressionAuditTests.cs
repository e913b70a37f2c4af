using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Reports.Tests.Support;
using QiPipeline.Reports.Value;
using QiPipeline.TestSupport;

namespace QiPipeline.Reports.Tests.Value;

/// <summary>
/// The linear-programming audit of issue 15: given every count a value workbook shows (and the sums a reader
/// knows), no suppressed count may be pinned down to one value, within one workbook or across two monthly
/// releases read together. The scenarios are the issue's: two pilots sharing a go-live, the demo-like case
/// where the network's after-denominator minus two clinics gave 4, and two releases one month apart.
/// </summary>
public sealed class ValueSuppressionAuditTests : IDisposable
{
    private const string Screening = "depression_screening";
    private static readonly Month First = new(2024, 1);
    private static readonly DateOnly GoLive = new(2024, 7, 1);

    private readonly TempDirectory _folder = new("qi-value-audit");

    [Fact]
    public async Task Audit_TwoPilotsSharingAGoLive_NoSuppressedCountIsDisclosed()
    {
        // A screens 2 of 3 before go-live (months of 1, 1, 1, 0, 0, 0) and 18 of 30 after; B 20 of 40 a month.
        var rows = new List<KpiRow>();
        Add(rows, Screening, "A", First, [1, 1, 0, 0, 0, 0, 3, 3, 3, 3, 3, 3], [1, 1, 1, 0, 0, 0, 5, 5, 5, 5, 5, 5]);
        Add(rows, Screening, "B", First, Repeat(20, 12), Repeat(40, 12));
        AddNetwork(rows);
        var audit = new LinearAudit();

        ValueWorkbookAudit.Read(audit, await WriteAsync("one", new DateOnly(2025, 1, 15), rows, [Pilot("A"), Pilot("B")]));

        Assert.NotEmpty(audit.HiddenKeys);
        Assert.Empty(audit.Disclosures());
    }

    [Fact]
    public async Task Audit_DemoLikeOneGoLiveForAllClinics_TheNetworkMinusTwoClinicsDoesNotGiveTheThird()
    {
        // After go-live the denominators pool to E1 4, E2 14, E3 20 and the network 38: 38 - 14 - 20 = 4.
        var rows = new List<KpiRow>();
        Add(rows, "warm_handoff", "E1", First, [1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 0, 0], [2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 0, 0]);
        Add(rows, "warm_handoff", "E2", First, [1, 1, 1, 1, 1, 1, 2, 2, 1, 1, 1, 1], [3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2]);
        Add(rows, "warm_handoff", "E3", First, [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2], [4, 4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3]);
        AddNetwork(rows);
        var audit = new LinearAudit();

        ValueWorkbookAudit.Read(audit, await WriteAsync("demo", new DateOnly(2025, 1, 15), rows, [Pilot("E1"), Pilot("E2"), Pilot("E3")]));

        Assert.NotEmpty(audit.HiddenKeys);
        Assert.Empty(audit.Disclosures());
    }

    [Fact]
    public async Task Audit_NetworkCountsAPatientSeenAtTwoClinicsOnce_NoSuppressedCountIsDisclosed()
    {
        // Screening counts patients: one patient a month is seen at both A and B, so the network is the sum
        // less 1 (the reader knows only that it lies between the larger clinic and the sum).
        var rows = new List<KpiRow>();
        Add(rows, Screening, "A", First, [1, 1, 0, 1, 0, 0, 3, 3, 3, 3, 3, 3], [2, 1, 1, 1, 1, 0, 5, 5, 5, 5, 5, 5]);
        Add(rows, Screening, "B", First, Repeat(20, 12), Repeat(40, 12));
        AddNetwork(rows, shared: 1);
        var audit = new LinearAudit();

        var path = await WriteAsync("distinct", new DateOnly(2025, 1, 15), rows, [Pilot("A"), Pilot("B")]);
        ValueWorkbookAudit.Read(audit, path, distinct: new HashSet<string>(StringComparer.Ordinal) { "Depression screening" });

        Assert.NotEmpty(audit.HiddenKeys);
        Assert.Empty(audit.Disclosures());
    }

    [Fact]
    public async Task Audit_TwoConsecutiveReleases_NoSuppressedCountIsDisclosedByTheirDifference()
    {
        // 25 months from 2024-02; the release as of 2026-01-15 holds 2024-02..2026-01, the next 2024-03..2026-02
        // (24 months each, the last one open). N1 screens 5 of 30 a month, so every N1 numerator is suppressed.
        var start = new Month(2024, 2);
        var rows = new List<KpiRow>();
        Add(rows, Screening, "N1", start, Repeat(5, 25), Repeat(30, 25));
        Add(rows, Screening, "N2", start, Repeat(20, 25), Repeat(50, 25));
        AddNetwork(rows);
        ReportClinic[] clinics = [new("N1", "North One", true, new DateOnly(2025, 1, 1)), new("N2", "North Two", false, null)];
        var audit = new LinearAudit();

        ValueWorkbookAudit.Read(audit, await WriteAsync("jan", new DateOnly(2026, 1, 15), Release(rows, start, new Month(2026, 1)), clinics));
        ValueWorkbookAudit.Read(audit, await WriteAsync("feb", new DateOnly(2026, 2, 15), Release(rows, start.Plus(1), new Month(2026, 2)), clinics));

        Assert.NotEmpty(audit.HiddenKeys);
        Assert.Empty(audit.Disclosures());
    }

    [Fact]
    public async Task Audit_RandomSmallClinics_NoSuppressedCountIsDisclosedWithinOrAcrossReleases()
    {
        // Four clinics, three pilots (two sharing a go-live), small random counts; two consecutive releases.
        var random = new Random(15);
        for (var trial = 0; trial < 16; trial++)
        {
            var start = new Month(2024, 1);
            var rows = new List<KpiRow>();
            foreach (var clinic in new[] { "A", "B", "C", "D" })
            {
                var denominators = Enumerable.Range(0, 25).Select(_ => (double)random.Next(0, clinic is "C" ? 40 : 14 + (trial % 3 * 6))).ToArray();
                var numerators = denominators.Select(d => (double)random.Next(0, (int)d + 1)).ToArray();
                Add(rows, Screening, clinic, start, numerators, denominators);
            }

            AddNetwork(rows);
            ReportClinic[] clinics =
            [
                new("A", "A", true, new DateOnly(2025, 1, 1)), new("B", "B", true, new DateOnly(2025, 2, 1)), new("C", "C", false, null),
                new("D", "D", true, new DateOnly(2025, 1, 1)),
            ];
            var audit = new LinearAudit();

            ValueWorkbookAudit.Read(audit, await WriteAsync($"r{trial}a", new DateOnly(2025, 12, 15), Release(rows, start, new Month(2025, 12)), clinics));
            ValueWorkbookAudit.Read(audit, await WriteAsync($"r{trial}b", new DateOnly(2026, 1, 15), Release(rows, start.Plus(1), new Month(2026, 1)), clinics));

            var disclosures = audit.Disclosures();
            Assert.True(disclosures.Count == 0, $"trial {trial}: {string.Join(", ", disclosures)}");
        }
    }

    public void Dispose() => _folder.Dispose();

    private static double[] Repeat(double value, int count) => Enumerable.Repeat(value, count).ToArray();

    private static ReportClinic Pilot(string id) => new(id, id, true, GoLive);

    private static void Add(List<KpiRow> rows, string measure, string clinic, Month first, double[] numerators, double[] denominators)
    {
        for (var i = 0; i < numerators.Length; i++)
        {
            var d = (long)denominators[i];
            rows.Add(new KpiRow(measure, clinic, first.Plus(i), KpiRow.AllStratum, KpiRow.AllStratum, numerators[i], d, false, null));
        }
    }

    /// <summary>
    /// The network row: the sum of the clinics, less <paramref name="shared"/> patients a month seen at two
    /// clinics (counted once), taken from the denominator and, where both clinics screened, the numerator.
    /// </summary>
    private static void AddNetwork(List<KpiRow> rows, int shared = 0)
    {
        var network = rows.GroupBy(r => (r.MeasureId, r.Period)).Select(g => g.First() with
        {
            ClinicId = KpiRow.Network,
            Numerator = g.Sum(r => r.Numerator) - (g.All(r => r.Numerator >= shared) ? shared : 0),
            Denominator = g.Sum(r => r.Denominator) - (g.All(r => r.Denominator >= shared) ? shared : 0),
        }).ToList();
        rows.AddRange(network);
    }

    /// <summary>The rows of a release: the 24 months up to the as-of month, which is still open.</summary>
    private static List<KpiRow> Release(List<KpiRow> rows, Month from, Month to) =>
        rows.Where(r => r.Period >= from && r.Period <= to).Select(r => r with { Pending = r.Period == to }).ToList();

    private async Task<string> WriteAsync(string name, DateOnly asOf, List<KpiRow> rows, IReadOnlyList<ReportClinic> clinics)
    {
        var folder = Path.Combine(_folder.Path, name);
        return await ValueWorkbook.WriteAsync(folder, asOf, rows, clinics, new ValueOptions(), CancellationToken.None);
    }
}

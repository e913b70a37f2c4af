using QiPipeline.Metrics.Engine;
using static QiPipeline.Metrics.Tests.Support.Contexts;

namespace QiPipeline.Metrics.Tests.Measures;

/// <summary>
/// The seeded batches the property tests share: each seed gives an as-of date in 2024-2025 and a
/// batch of <see cref="GroupBRandomPatient"/>s, evaluated over 2023-01..2025-06.
/// </summary>
internal static class GroupBSeeds
{
    private const int PatientsPerSeed = 12;

    /// <summary>The seeds every property runs on.</summary>
    public static TheoryData<int> All => [.. Enumerable.Range(1, 25)];

    /// <summary>The seed's random source and as-of date.</summary>
    public static (Random Random, DateOnly AsOf) Start(int seed)
    {
        var random = new Random(seed);
        return (random, new DateOnly(2024, 1, 1).AddDays(random.Next(730)));
    }

    /// <summary>One batch of random patients.</summary>
    public static List<GroupBRandomPatient> Batch(Random random) =>
        [.. Enumerable.Range(1, PatientsPerSeed).Select(i => GroupBRandomPatient.Create(random, i))];

    /// <summary>The measure context as of <paramref name="asOf"/>, reporting 2023-01..2025-06.</summary>
    public static MeasureContext Context(DateOnly asOf) =>
        For(asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "2023-01", "2025-06");
}

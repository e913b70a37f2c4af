using System.Numerics;

namespace QiPipeline.Metrics.Spc;

/// <summary>Exact binomial quantiles for the Anhøj crossings rule, with no table and no rounding error.</summary>
internal static class BinomialQuantile
{
    /// <summary>
    /// The 5th percentile of Binomial(<paramref name="trials"/>, 0.5), as R's <c>qbinom(0.05, trials, 0.5)</c>:
    /// the smallest k with P(X ≤ k) ≥ 1/20. Compared in whole numbers (20 · Σ C(trials, i) ≥ 2^trials),
    /// because P(X ≤ k) can never equal 1/20 exactly and doubles underflow 2^-trials past about 1,000 trials.
    /// </summary>
    public static int FifthPercentileOfFairCoin(int trials)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        var outcomes = BigInteger.One << trials;
        var term = BigInteger.One;
        var cumulative = BigInteger.Zero;
        for (var k = 0; ; k++)
        {
            cumulative += term;
            if (cumulative * 20 >= outcomes)
            {
                return k;
            }

            term = term * (trials - k) / (k + 1);
        }
    }
}

namespace QiPipeline.Metrics.Spc;

/// <summary>
/// The Anhøj rules (Anhøj &amp; Olesen 2014, PLOS ONE 9(11): e113825; Anhøj 2015, PLOS ONE 10(3): e0121349):
/// with n useful observations, a run longer than round(log2(n) + 3) or fewer crossings than the 5th
/// percentile of Binomial(n - 1, 0.5) signals non-random variation.
/// </summary>
internal static class AnhojRules
{
    /// <summary>The longest run expected from random variation; R's round, half to even (log2(n) + 3 is never a half for whole n).</summary>
    public static int LongestRunLimit(int useful) => (int)Math.Round(Math.Log2(useful) + 3, MidpointRounding.ToEven);

    /// <summary>The fewest crossings expected from random variation.</summary>
    public static int CrossingsLimit(int useful) => BinomialQuantile.FifthPercentileOfFairCoin(useful - 1);

    /// <summary>Runs and crossings of a sequence of sides (+1 above, -1 below; 0, on the centre line, is skipped).</summary>
    public static RunsAnalysis Analyse(IEnumerable<int> sides)
    {
        var useful = 0;
        var longest = 0;
        var run = 0;
        var crossings = 0;
        var previous = 0;
        foreach (var side in sides)
        {
            if (side == 0)
            {
                continue;
            }

            useful++;
            if (side == previous)
            {
                run++;
            }
            else
            {
                if (previous != 0)
                {
                    crossings++;
                }

                run = 1;
                previous = side;
            }

            longest = Math.Max(longest, run);
        }

        return useful == 0
            ? new RunsAnalysis(0, 0, null, 0, null)
            : new RunsAnalysis(useful, longest, LongestRunLimit(useful), crossings, CrossingsLimit(useful));
    }
}

using QiPipeline.Reports.Suppression;

namespace QiPipeline.Reports.Tests.Suppression;

public sealed class SmallCellSuppressorTests
{
    [Fact]
    public void Suppress_CountsOneToTen_HiddenZeroAndElevenShown()
    {
        var table = new SuppressionTable();
        double[] values = [0, 1, 10, 11, 500];
        foreach (var v in values)
        {
            table.Add(v);
        }

        Assert.Equal([false, true, true, false, false], SmallCellSuppressor.Suppress(table, 11));
    }

    [Fact]
    public void Suppress_TwoHiddenTensUnderAShownTotal_AThirdPartIsHidden()
    {
        // 50 = 10 + 10 + 30: with 30 shown, the two hidden cells add up to 20, and as each is at most 10 both are 10.
        var table = new SuppressionTable();
        var total = table.Add(50);
        int[] parts = [table.Add(10), table.Add(10), table.Add(30)];
        table.Relate(total, parts);

        Assert.Equal([false, true, true, true], SmallCellSuppressor.Suppress(table, 11));
    }

    [Fact]
    public void Suppress_PooledTotalOfOneHiddenMonth_ThePoolIsHiddenNotAnotherMonth()
    {
        // Before = 5 + 30 + 40 (a sum with one hidden month): the pool is hidden; the months 30 and 40 stay shown,
        // so a month is suppressed the same way whatever periods a release pools.
        var table = new SuppressionTable();
        int[] months = [table.Add(5), table.Add(30), table.Add(40)];
        var pool = table.AddPooled(75);
        table.Relate(pool, months);

        Assert.Equal([true, false, false, true], SmallCellSuppressor.Suppress(table, 11));
    }

    [Fact]
    public void Suppress_PooledTotalOfShownMonths_IsShown()
    {
        // B's pool sums two shown months, so it is shown (it tells nothing new); A's pool sums a hidden month.
        var table = new SuppressionTable();
        int[] a = [table.Add(3), table.Add(40)];
        int[] b = [table.Add(20), table.Add(30)];
        var poolA = table.AddPooled(43);
        var poolB = table.AddPooled(50);
        table.Relate(poolA, a);
        table.Relate(poolB, b);

        Assert.Equal([true, false, false, false, true, false], SmallCellSuppressor.Suppress(table, 11));
    }

    [Fact]
    public void Suppress_OneSmallClinicInATotal_NextSmallestNonZeroClinicHiddenToo()
    {
        // ALL = 40 + 5 + 0 + 25 + 60: 5 is hidden, so 25 (the smallest shown non-zero part) is hidden with it.
        var table = new SuppressionTable();
        var total = table.Add(130);
        int[] parts = [table.Add(40), table.Add(5), table.Add(0), table.Add(25), table.Add(60)];
        table.Relate(total, parts);

        var hidden = SmallCellSuppressor.Suppress(table, 11);

        Assert.Equal([false, false, true, false, true, false], hidden);
    }

    [Fact]
    public void Suppress_TwoSmallClinics_NothingMoreHidden()
    {
        var table = new SuppressionTable();
        var total = table.Add(60);
        table.Relate(total, [table.Add(3), table.Add(7), table.Add(50)]);

        Assert.Equal([false, true, true, false], SmallCellSuppressor.Suppress(table, 11));
    }

    [Fact]
    public void Suppress_SmallRestOfADenominator_HidesTheNumeratorSoTheRateCannotBeWorkedOut()
    {
        // 95 of 100: the 5 who were not screened would be 100 - 95.
        var table = new SuppressionTable();
        var numerator = table.Add(95);
        var denominator = table.Add(100);
        var rest = table.Add(5);
        table.Relate(denominator, [numerator, rest]);

        Assert.Equal([true, false, true], SmallCellSuppressor.Suppress(table, 11));
    }

    [Fact]
    public void Suppress_OnlyZerosBesideTheSmallPart_HidesTheTotal()
    {
        var table = new SuppressionTable();
        var total = table.Add(4);
        table.Relate(total, [table.Add(4), table.Add(0)]);

        Assert.Equal([true, true, false], SmallCellSuppressor.Suppress(table, 11));
    }

    [Fact]
    public void Suppress_ThresholdFive_OnlyOneToFourHidden()
    {
        var table = new SuppressionTable();
        table.Add(4);
        table.Add(5);

        Assert.Equal([true, false], SmallCellSuppressor.Suppress(table, 5));
    }
}

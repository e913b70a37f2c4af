using QiPipeline.Reports.Suppression;

namespace QiPipeline.Reports.Tests.Suppression;

/// <summary>
/// Headlines first (issue 12): a group of a pilot clinic's two months, each month's clinics under a shown network
/// total. The months are suppressed as before; the group is shown only when it pins no hidden month.
/// </summary>
public sealed class HeadlineGateTests
{
    [Fact]
    public void Suppress_GroupOfTwoSmallMonths_GroupShownMonthsStayHidden()
    {
        // A: 5 and 6 (both small, hidden; C's months hide with them under the network's 35 and 46). The group,
        // 11, leaves A's first month anywhere from 1 to 10: 11 = a1 + a2, a1 + c1 = 35, a2 + c2 = 46.
        var (table, a1, a2, c1, c2, group) = Table(5, 6, 30, 40);

        var hidden = SmallCellSuppressor.Suppress(table, 11);

        Assert.False(hidden[group]);
        Assert.True(hidden[a1] && hidden[a2] && hidden[c1] && hidden[c2]);
    }

    [Fact]
    public void Suppress_GroupWouldRevealItsOneSmallMonth_GroupHidden()
    {
        // A: 5 (small, hidden, with C's 30 under the network's 35) and 20 (shown). The group, 25, less the 20 shown
        // gives 5: it stays hidden, and the month with it.
        var (table, a1, a2, _, _, group) = Table(5, 20, 30, 40);

        var hidden = SmallCellSuppressor.Suppress(table, 11);

        Assert.True(hidden[group]);
        Assert.True(hidden[a1]);
        Assert.False(hidden[a2]);
    }

    [Fact]
    public void Suppress_GroupNotMarked_HiddenAsBefore()
    {
        // The same small months, but the group is not a headline (its periods are not all complete): shown only when
        // the months give it, which they do not.
        var (table, _, _, _, _, group) = Table(5, 6, 30, 40, mark: false);

        Assert.True(SmallCellSuppressor.Suppress(table, 11)[group]);
    }

    private static (SuppressionTable Table, int A1, int A2, int C1, int C2, int Group) Table(double a1, double a2, double c1, double c2, bool mark = true)
    {
        var table = new SuppressionTable();
        int[] a = [table.Add(a1), table.Add(a2)];
        int[] c = [table.Add(c1), table.Add(c2)];
        table.Relate(table.Add(a1 + c1), [a[0], c[0]]);
        table.Relate(table.Add(a2 + c2), [a[1], c[1]]);
        var group = table.AddGroup(a1 + a2);
        table.Relate(group, a);
        if (mark)
        {
            table.MarkHeadline([group]);
        }

        return (table, a[0], a[1], c[0], c[1], group);
    }
}

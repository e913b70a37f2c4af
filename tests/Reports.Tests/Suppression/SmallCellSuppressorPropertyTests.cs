using QiPipeline.Reports.Suppression;

namespace QiPipeline.Reports.Tests.Suppression;

/// <summary>
/// Random clinic-by-month tables shaped like the value workbook's (numerator, rest and denominator per cell;
/// the network as the column sum; pooled periods as row sums), seeded so a failure can be replayed.
/// </summary>
public sealed class SmallCellSuppressorPropertyTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 200)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Suppress_RandomTable_NoShownCountIsOneToTen(int seed)
    {
        var table = RandomTable(new Random(seed));

        var hidden = SmallCellSuppressor.Suppress(table, 11);

        for (var i = 0; i < hidden.Length; i++)
        {
            Assert.False(!hidden[i] && table.Values[i] is > 0 and < 11, $"seed {seed}: cell {i} = {table.Values[i]} shown");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Suppress_RandomTable_NoHiddenCountIsTotalMinusShownCells(int seed)
    {
        var table = RandomTable(new Random(seed));

        var hidden = SmallCellSuppressor.Suppress(table, 11);

        // A hidden member of a sum is derivable when it is the only hidden one: total minus the shown parts
        // (or, for a hidden total, the sum of the parts) gives it.
        foreach (var relation in table.Relations)
        {
            var hiddenMembers = relation.Members.Where(m => hidden[m]).ToList();
            Assert.False(hiddenMembers.Count == 1, $"seed {seed}: cell {hiddenMembers.FirstOrDefault()} is derivable from its sum");
        }
    }

    private static SuppressionTable RandomTable(Random random)
    {
        var table = new SuppressionTable();
        var clinics = random.Next(1, 6);
        var months = random.Next(1, 9);
        var cells = new (int N, int R, int D)[clinics, months];
        for (var c = 0; c < clinics; c++)
        {
            for (var m = 0; m < months; m++)
            {
                // Mostly small numbers, so suppression has work to do.
                var denominator = random.Next(4) == 0 ? random.Next(0, 200) : random.Next(0, 25);
                cells[c, m] = AddCell(table, random.Next(0, denominator + 1), denominator);
            }
        }

        for (var m = 0; m < months; m++)
        {
            var column = Enumerable.Range(0, clinics).Select(c => cells[c, m]).ToList();
            Relate(table, AddCell(table, column.Sum(x => (int)table.Values[x.N]), column.Sum(x => (int)table.Values[x.D])), column);
        }

        for (var c = 0; c < clinics; c++)
        {
            var split = random.Next(0, months + 1);
            foreach (var period in new[] { Enumerable.Range(0, split), Enumerable.Range(split, months - split) })
            {
                var row = period.Select(m => cells[c, m]).ToList();
                Relate(table, AddCell(table, row.Sum(x => (int)table.Values[x.N]), row.Sum(x => (int)table.Values[x.D])), row);
            }
        }

        return table;
    }

    private static (int N, int R, int D) AddCell(SuppressionTable table, int numerator, int denominator)
    {
        var cell = (N: table.Add(numerator), R: table.Add(denominator - numerator), D: table.Add(denominator));
        table.Relate(cell.D, [cell.N, cell.R]);
        return cell;
    }

    private static void Relate(SuppressionTable table, (int N, int R, int D) total, List<(int N, int R, int D)> parts)
    {
        table.Relate(total.N, parts.Select(p => p.N).ToList());
        table.Relate(total.R, parts.Select(p => p.R).ToList());
        table.Relate(total.D, parts.Select(p => p.D).ToList());
    }
}

using QiPipeline.Metrics.Engine;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// The time thresholds of the CoCM codes (CMS: a code is billable once more than half its time is
/// reached), each overridable under <c>measures.cocm_billing</c>.
/// </summary>
/// <param name="LookbackMonths">Calendar months before M without care-management minutes that make M a first month.</param>
/// <param name="InitialMinutes">Minutes for 99492 in a first month.</param>
/// <param name="SubsequentMinutes">Minutes for 99493 in a later month.</param>
/// <param name="InitialBaseMinutes">The time 99492 stands for; 99494 counts beyond it.</param>
/// <param name="SubsequentBaseMinutes">The time 99493 stands for; 99494 counts beyond it.</param>
/// <param name="AddOnBlockMinutes">The time one 99494 stands for.</param>
/// <param name="AddOnMinutes">Minutes of a block that make one 99494 billable.</param>
/// <param name="G2214Minutes">Minutes for G2214 in a month below the 99492 or 99493 threshold.</param>
internal sealed record CocmRules(
    int LookbackMonths,
    int InitialMinutes,
    int SubsequentMinutes,
    int InitialBaseMinutes,
    int SubsequentBaseMinutes,
    int AddOnBlockMinutes,
    int AddOnMinutes,
    int G2214Minutes)
{
    /// <summary>Reads the rules, defaults from docs/measures.md.</summary>
    public static CocmRules Read(MeasureParameters parameters) => new(
        parameters.Int("lookbackMonths"),
        parameters.Int("initialMinutes"),
        parameters.Int("subsequentMinutes"),
        parameters.Int("initialBaseMinutes"),
        parameters.Int("subsequentBaseMinutes"),
        parameters.Int("addOnBlockMinutes"),
        parameters.Int("addOnMinutes"),
        parameters.Int("g2214Minutes"));

    /// <summary>The codes and units a month of <paramref name="minutes"/> is billable as.</summary>
    public IEnumerable<(string Code, int Units)> Codes(int minutes, bool firstMonth)
    {
        if (minutes < (firstMonth ? InitialMinutes : SubsequentMinutes))
        {
            if (minutes >= G2214Minutes)
            {
                yield return ("G2214", 1);
            }

            yield break;
        }

        yield return (firstMonth ? "99492" : "99493", 1);

        // The k-th 99494 covers the k-th block of minutes beyond the base time and is billable
        // once AddOnMinutes of that block are reached.
        var beyond = minutes - (firstMonth ? InitialBaseMinutes : SubsequentBaseMinutes);
        if (beyond >= AddOnMinutes && AddOnBlockMinutes > 0)
        {
            yield return ("99494", ((beyond - AddOnMinutes) / AddOnBlockMinutes) + 1);
        }
    }
}

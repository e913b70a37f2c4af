namespace QiPipeline.Metrics.Spc;

/// <summary>The Making Data Count rules at one point.</summary>
/// <param name="Index">0-based, as in <see cref="SpcPoint.Index"/>.</param>
/// <param name="OutsideLimits">Strictly beyond a process limit.</param>
/// <param name="Shift">Part of a run of 7 or more points on one side of the mean.</param>
/// <param name="Trend">Part of a run of 7 or more points each higher (or each lower) than the one before.</param>
/// <param name="TwoOfThree">Close to a limit (beyond 2 sigma, inside 3) in a window of 3 points on one side where 2 or more are.</param>
/// <param name="Variation">Common cause, or which kind of special cause.</param>
public sealed record MdcPoint(int Index, bool OutsideLimits, bool Shift, bool Trend, bool TwoOfThree, Variation Variation)
{
    /// <summary>Any rule fired.</summary>
    public bool SpecialCause => OutsideLimits || Shift || Trend || TwoOfThree;
}

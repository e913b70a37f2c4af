namespace QiPipeline.Metrics.Spc;

/// <summary>The Making Data Count assurance icon: will the process meet its target?</summary>
public enum Assurance
{
    /// <summary>No target, no improvement direction, or no limits.</summary>
    NotApplicable,

    /// <summary>The target lies beyond the limits on the worse side: the process will consistently meet it.</summary>
    Pass,

    /// <summary>The target lies beyond the limits on the better side: the process will consistently miss it.</summary>
    Fail,

    /// <summary>The target lies between the limits: the process will sometimes meet it and sometimes not.</summary>
    Inconsistent,
}

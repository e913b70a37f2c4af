namespace QiPipeline.Metrics.Measures;

/// <summary>What an outcome measure asks of the follow-up score.</summary>
internal enum BaselineOutcomeKind
{
    /// <summary>Any score in the window (<c>phq9_followup_6m</c>).</summary>
    AnyScore,

    /// <summary>The follow-up score is at most half the index score (<c>depression_response_6m</c>, <c>gad7_response_6m</c>).</summary>
    Response,

    /// <summary>The follow-up score is below 5 (<c>depression_remission_6m</c>, <c>depression_remission_12m</c>, <c>gad7_remission_6m</c>).</summary>
    Remission,
}

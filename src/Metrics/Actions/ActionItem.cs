using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Actions;

/// <summary>One patient who needs something now, for one reason (internal: it carries the patient id).</summary>
/// <param name="Reason">Why.</param>
/// <param name="Source">The patient's source.</param>
/// <param name="PatientId">The patient's id in its source.</param>
/// <param name="ClinicId">The clinic that should act (the index record's, or the attributed clinic).</param>
/// <param name="IndexDate">The date of the record that started it (screen, referral, index score, last fill).</param>
/// <param name="DueDate">When the action was due.</param>
/// <param name="DaysOverdue">Days from the due date to the as-of date (0 when due on the as-of date).</param>
/// <param name="LastScore">The last relevant score (PHQ total), or null when none applies.</param>
/// <param name="Detail">What happened and what is needed, in a sentence.</param>
public sealed record ActionItem(
    ActionReason Reason, string Source, string PatientId, string ClinicId, DateOnly IndexDate, DateOnly DueDate, int DaysOverdue, int? LastScore, string Detail)
{
    /// <summary>The date of the patient's last completed BH contact (behavioral_health, care_management, psychiatric_consult) up to the as-of date, or null.</summary>
    public DateOnly? LastBhContact { get; init; }

    /// <summary>The provider of the patient's last completed care_management contact up to the as-of date, or null.</summary>
    public string? CareManager { get; init; }

    /// <summary>An item of <paramref name="timeline"/>'s patient, overdue from <paramref name="due"/> to its as-of date.</summary>
    internal static ActionItem For(ActionReason reason, PatientTimeline timeline, string clinic, DateOnly index, DateOnly due, int? lastScore, string detail) =>
        new(reason, timeline.Patient.Source, timeline.Patient.PatientId, clinic, index, due, timeline.AsOf.DayNumber - due.DayNumber, lastScore, detail);
}

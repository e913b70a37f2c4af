namespace QiPipeline.Metrics.Engine;

/// <summary>
/// The order patients are streamed in: (source, patient_id), ordinal. The warehouse queries
/// sort with the engine's binary collation so that both sides agree.
/// </summary>
internal static class PatientKey
{
    public static int Compare(string sourceA, string patientA, string sourceB, string patientB)
    {
        var bySource = string.CompareOrdinal(sourceA, sourceB);
        return bySource != 0 ? bySource : string.CompareOrdinal(patientA, patientB);
    }
}

namespace QiPipeline.SampleData;

/// <summary>
/// A probability or rate that the pilot changes: <paramref name="Before"/> under usual care (and
/// always at the comparison clinic), <paramref name="After"/> once the pilot has fully ramped up.
/// </summary>
internal readonly record struct Effect(double Before, double After)
{
    /// <param name="uptake">0 before go-live, 1 after the ramp (see <see cref="ClinicContext.Uptake"/>).</param>
    public double At(double uptake) => Before + ((After - Before) * uptake);
}

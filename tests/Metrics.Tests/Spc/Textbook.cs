using QiPipeline.Metrics.Spc;

namespace QiPipeline.Metrics.Tests.Spc;

/// <summary>
/// Published worked examples, with the data as printed. Each test states the published numbers it
/// checks and where they are printed; nothing here was produced by running this library.
/// </summary>
internal static class Textbook
{
    /// <summary>
    /// Montgomery, Introduction to Statistical Quality Control, orange juice cans (6th ed. Example 7.1;
    /// 2nd ed. pp. 152-155): nonconforming cans in 30 samples of 50. Transcribed in the qcc R package,
    /// data/orangejuice.txt (samples 1-30, trial = TRUE).
    /// </summary>
    public static readonly int[] OrangeJuiceNonconforming =
        [12, 15, 8, 10, 4, 7, 16, 9, 14, 10, 5, 6, 17, 12, 22, 8, 10, 5, 13, 11, 20, 18, 24, 15, 9, 12, 7, 13, 9, 6];

    /// <summary>
    /// Montgomery, printed circuit boards (6th ed. Example 7.3; 2nd ed. pp. 173-175): nonconformities in
    /// 26 inspection units of 100 boards. Transcribed in qcc, data/circuit.txt (samples 1-26, trial = TRUE).
    /// </summary>
    public static readonly int[] CircuitBoardNonconformities =
        [21, 24, 16, 12, 15, 5, 28, 20, 31, 25, 20, 24, 16, 19, 10, 17, 13, 22, 18, 39, 30, 24, 16, 19, 17, 15];

    /// <summary>
    /// Montgomery, personal computer final assembly (6th ed. Example 7.4; 2nd ed. pp. 181-182):
    /// nonconformities in 20 samples of 5 computers. Transcribed in qcc, data/pcmanufact.txt.
    /// </summary>
    public static readonly int[] ComputerNonconformities = [10, 12, 8, 14, 10, 16, 11, 7, 10, 15, 9, 5, 7, 11, 12, 6, 8, 10, 7, 5];

    /// <summary>
    /// NIST/SEMATECH e-Handbook of Statistical Methods, 6.3.2.2 Individuals Control Charts
    /// (https://www.itl.nist.gov/div898/handbook/pmc/section3/pmc322.htm): flow rate of 10 batches.
    /// </summary>
    public static readonly double[] NistFlowRate = [49.6, 47.6, 49.9, 51.3, 47.8, 51.2, 52.6, 52.4, 53.6, 52.1];

    public static List<SpcObservation> Counts(IEnumerable<int> counts, double denominator = 1) =>
        counts.Select(c => new SpcObservation(c, denominator)).ToList();

    public static List<SpcObservation> Values(IEnumerable<double> values) => values.Select(v => new SpcObservation(v)).ToList();
}

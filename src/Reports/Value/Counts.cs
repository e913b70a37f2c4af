namespace QiPipeline.Reports.Value;

/// <summary>
/// The cells of one numerator and denominator in the suppression table: for a proportion also denominator
/// minus numerator, which a reader can work out from the two.
/// </summary>
/// <param name="Numerator">The numerator's cell.</param>
/// <param name="Denominator">The denominator's cell.</param>
/// <param name="Rest">The cell of denominator minus numerator, or -1 for a rate (visits can exceed patients).</param>
internal readonly record struct Counts(int Numerator, int Denominator, int Rest);

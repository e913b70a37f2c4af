namespace QiPipeline.Reports.Value;

/// <summary>One row of the ED visit categories sheet: a clinic (or the network) over the report's months.</summary>
/// <param name="Clinic">The clinic, or the network (the sum of the clinics).</param>
/// <param name="Visits">ED visits without admission of the attributed patients.</param>
/// <param name="Parts">Weighted visits of each category of <see cref="EdCategoriesTable.Categories"/>, the unclassified visits last.</param>
/// <param name="VisitsCell">The cell of <paramref name="Visits"/> in the suppression table.</param>
/// <param name="PartCells">The cells of <paramref name="Parts"/>.</param>
internal sealed record EdCategoriesRow(ReportClinic Clinic, double Visits, IReadOnlyList<double> Parts, int VisitsCell, IReadOnlyList<int> PartCells);

namespace QiPipeline.Application;

/// <summary>What the reports wrote.</summary>
/// <param name="Folder">The reports folder (full path).</param>
/// <param name="Workbooks">The monthly, value and pilot workbooks, in that order.</param>
/// <param name="Charts">The folder of this month's chart PNGs.</param>
internal sealed record ReportResult(string Folder, IReadOnlyList<string> Workbooks, string Charts);

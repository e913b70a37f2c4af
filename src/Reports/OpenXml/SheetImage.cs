namespace QiPipeline.Reports.OpenXml;

/// <summary>A PNG to place on a sheet between two cells (0-based column and row of its corners).</summary>
/// <param name="SheetName">The sheet.</param>
/// <param name="Png">The image.</param>
/// <param name="Name">The picture's name, shown by Excel's selection pane.</param>
/// <param name="FromColumn">The column of the top-left corner.</param>
/// <param name="FromRow">The row of the top-left corner.</param>
/// <param name="ToColumn">The column of the bottom-right corner.</param>
/// <param name="ToRow">The row of the bottom-right corner.</param>
/// <param name="WidthPixels">
/// With <paramref name="HeightPixels"/>, the picture's size: it is then anchored at its top-left cell only, so it
/// keeps its shape whatever the reader's column widths (LibreOffice draws Calibri widths wider than Excel).
/// </param>
/// <param name="HeightPixels">The picture's height, with <paramref name="WidthPixels"/>.</param>
internal sealed record SheetImage(
    string SheetName, byte[] Png, string Name, int FromColumn, int FromRow, int ToColumn, int ToRow, int? WidthPixels = null, int? HeightPixels = null);

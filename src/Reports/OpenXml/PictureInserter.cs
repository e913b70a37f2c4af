using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using A = DocumentFormat.OpenXml.Drawing;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace QiPipeline.Reports.OpenXml;

/// <summary>
/// Puts PNGs into a saved workbook with the Open XML SDK: per sheet a drawings part, per image an image
/// part and a two-cell anchor. ClosedXML 0.95.4's own AddPicture measures images with GDI+, which Linux
/// machines do not have (ClosedXML 0.95.4, the only version served, draws pictures through it).
/// </summary>
internal static class PictureInserter
{
    public static void Insert(string path, IReadOnlyList<SheetImage> images)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var workbook = document.WorkbookPart!;
        foreach (var sheetImages in images.GroupBy(i => i.SheetName, StringComparer.Ordinal))
        {
            var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetImages.Key);
            var worksheetPart = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var drawingsPart = worksheetPart.DrawingsPart ?? AddDrawingsPart(worksheetPart);
            drawingsPart.WorksheetDrawing ??= new Xdr.WorksheetDrawing();
            var id = (uint)drawingsPart.WorksheetDrawing.ChildElements.Count + 1;
            foreach (var image in sheetImages)
            {
                var imagePart = drawingsPart.AddImagePart(ImagePartType.Png);
                using (var stream = new MemoryStream(image.Png))
                {
                    imagePart.FeedData(stream);
                }

                drawingsPart.WorksheetDrawing.Append(Anchor(image, drawingsPart.GetIdOfPart(imagePart), id++));
            }

            drawingsPart.WorksheetDrawing.Save();
        }
    }

    internal static DrawingsPart AddDrawingsPart(WorksheetPart worksheetPart)
    {
        var drawingsPart = worksheetPart.AddNewPart<DrawingsPart>();
        drawingsPart.WorksheetDrawing = new Xdr.WorksheetDrawing();
        var drawing = new Drawing { Id = worksheetPart.GetIdOfPart(drawingsPart) };

        // CT_Worksheet is a sequence: drawing comes before these elements, after all others.
        var worksheet = worksheetPart.Worksheet;
        var next = worksheet.ChildElements.FirstOrDefault(e => e is LegacyDrawing or LegacyDrawingHeaderFooter or Picture
            or OleObjects or Controls or WebPublishItems or TableParts or WorksheetExtensionList);
        if (next is null)
        {
            worksheet.Append(drawing);
        }
        else
        {
            worksheet.InsertBefore(drawing, next);
        }

        worksheet.Save();
        return drawingsPart;
    }

    /// <summary>EMUs (the drawing unit) per pixel at 96 dpi.</summary>
    private const long EmuPerPixel = 9525;

    private static OpenXmlElement Anchor(SheetImage image, string relationshipId, uint id) =>
        image is { WidthPixels: { } width, HeightPixels: { } height }
            ? new Xdr.OneCellAnchor(
                new Xdr.FromMarker(Marker(image.FromColumn, image.FromRow)),
                new Xdr.Extent { Cx = width * EmuPerPixel, Cy = height * EmuPerPixel },
                PictureOf(image, relationshipId, id),
                new Xdr.ClientData())
            : TwoCellAnchor(image, relationshipId, id);

    private static Xdr.Picture PictureOf(SheetImage image, string relationshipId, uint id) =>
        new(
            new Xdr.NonVisualPictureProperties(
                new Xdr.NonVisualDrawingProperties { Id = id, Name = image.Name },
                new Xdr.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true })),
            new Xdr.BlipFill(
                new A.Blip { Embed = relationshipId },
                new A.Stretch(new A.FillRectangle())),
            new Xdr.ShapeProperties(
                new A.Transform2D(
                    new A.Offset { X = 0, Y = 0 },
                    new A.Extents { Cx = (image.WidthPixels ?? 0) * EmuPerPixel, Cy = (image.HeightPixels ?? 0) * EmuPerPixel }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));

    private static Xdr.TwoCellAnchor TwoCellAnchor(SheetImage image, string relationshipId, uint id) =>
        new(
            new Xdr.FromMarker(Marker(image.FromColumn, image.FromRow)),
            new Xdr.ToMarker(Marker(image.ToColumn, image.ToRow)),
            new Xdr.Picture(
                new Xdr.NonVisualPictureProperties(
                    new Xdr.NonVisualDrawingProperties { Id = id, Name = image.Name },
                    new Xdr.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true })),
                new Xdr.BlipFill(
                    new A.Blip { Embed = relationshipId },
                    new A.Stretch(new A.FillRectangle())),
                new Xdr.ShapeProperties(
                    new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
                    new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })),
            new Xdr.ClientData())
        { EditAs = Xdr.EditAsValues.OneCell };

    private static OpenXmlElement[] Marker(int column, int row) =>
    [
        new Xdr.ColumnId(column.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new Xdr.ColumnOffset("0"),
        new Xdr.RowId(row.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new Xdr.RowOffset("0"),
    ];
}

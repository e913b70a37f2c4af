using System.Globalization;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace QiPipeline.Reports.OpenXml;

/// <summary>
/// Puts native bar charts into a saved workbook with the Open XML SDK: per chart a chart part (DrawingML
/// chart XML whose series refer to cell ranges, no cached values: Excel and LibreOffice read the cells) and a
/// graphic frame in the sheet's drawing. Done after ClosedXML has saved, as <see cref="PictureInserter"/>
/// does, because ClosedXML 0.95.4 writes no charts.
/// </summary>
internal static class NativeChartInserter
{
    private const string ChartUri = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    public static void Insert(string path, IReadOnlyList<NativeChart> charts)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var workbook = document.WorkbookPart!;
        foreach (var sheetCharts in charts.GroupBy(c => c.SheetName, StringComparer.Ordinal))
        {
            var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetCharts.Key);
            var worksheetPart = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var drawingsPart = worksheetPart.DrawingsPart ?? PictureInserter.AddDrawingsPart(worksheetPart);
            drawingsPart.WorksheetDrawing ??= new Xdr.WorksheetDrawing();
            var id = (uint)drawingsPart.WorksheetDrawing.ChildElements.Count + 1;
            foreach (var chart in sheetCharts)
            {
                var chartPart = drawingsPart.AddNewPart<ChartPart>();
                using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(Xml(chart))))
                {
                    chartPart.FeedData(stream);
                }

                drawingsPart.WorksheetDrawing.Append(Anchor(chart, drawingsPart.GetIdOfPart(chartPart), id++));
            }

            drawingsPart.WorksheetDrawing.Save();
        }
    }

    /// <summary>The chart part's XML: a horizontal clustered bar chart, categories top to bottom, values labelled.</summary>
    internal static string Xml(NativeChart chart)
    {
        var format = SecurityElement.Escape(chart.NumberFormat);
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
            .Append("<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" ")
            .Append("xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" ")
            .Append("xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
            .Append("<c:roundedCorners val=\"0\"/><c:chart>")
            .Append("<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz=\"1100\" b=\"1\"/></a:pPr><a:r><a:rPr lang=\"en-US\" sz=\"1100\" b=\"1\"/><a:t>")
            .Append(SecurityElement.Escape(chart.Title))
            .Append("</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title><c:autoTitleDeleted val=\"0\"/>")
            .Append("<c:plotArea><c:layout/><c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>");
        for (var i = 0; i < chart.Series.Count; i++)
        {
            var series = chart.Series[i];
            xml.Append(CultureInfo.InvariantCulture, $"<c:ser><c:idx val=\"{i}\"/><c:order val=\"{i}\"/>")
                .Append("<c:tx><c:strRef><c:f>").Append(SecurityElement.Escape(series.Name)).Append("</c:f></c:strRef></c:tx>")
                .Append("<c:spPr><a:solidFill><a:srgbClr val=\"").Append(series.Color).Append("\"/></a:solidFill></c:spPr>")
                .Append("<c:invertIfNegative val=\"0\"/>")
                .Append("<c:dLbls><c:numFmt formatCode=\"").Append(format).Append("\" sourceLinked=\"0\"/>")
                .Append("<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"800\"/></a:pPr><a:endParaRPr lang=\"en-US\"/></a:p></c:txPr>")
                .Append("<c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/>")
                .Append("<c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbls>")
                .Append("<c:cat><c:strRef><c:f>").Append(SecurityElement.Escape(chart.Categories)).Append("</c:f></c:strRef></c:cat>")
                .Append("<c:val><c:numRef><c:f>").Append(SecurityElement.Escape(series.Values)).Append("</c:f></c:numRef></c:val></c:ser>");
        }

        xml.Append("<c:gapWidth val=\"60\"/><c:axId val=\"1001\"/><c:axId val=\"1002\"/></c:barChart>")
            .Append("<c:catAx><c:axId val=\"1001\"/><c:scaling><c:orientation val=\"maxMin\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"l\"/>")
            .Append("<c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"low\"/>")
            .Append("<c:crossAx val=\"1002\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/></c:catAx>")
            .Append("<c:valAx><c:axId val=\"1002\"/><c:scaling><c:orientation val=\"minMax\"/>")
            .Append(chart.Minimum is { } minimum ? string.Create(CultureInfo.InvariantCulture, $"<c:min val=\"{minimum}\"/>") : "")
            .Append("</c:scaling><c:delete val=\"0\"/><c:axPos val=\"b\"/>")
            .Append("<c:majorGridlines><c:spPr><a:ln><a:solidFill><a:srgbClr val=\"D9D9D9\"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>")
            .Append("<c:numFmt formatCode=\"").Append(format).Append("\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/>")
            .Append("<c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1001\"/><c:crosses val=\"max\"/><c:crossBetween val=\"between\"/></c:valAx>")
            .Append("</c:plotArea><c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/></c:legend>")
            .Append("<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart>")
            .Append("<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"900\"><a:latin typeface=\"Calibri\"/></a:defRPr></a:pPr><a:endParaRPr lang=\"en-US\"/></a:p></c:txPr>")
            .Append("</c:chartSpace>");
        return xml.ToString();
    }

    private static Xdr.TwoCellAnchor Anchor(NativeChart chart, string relationshipId, uint id) =>
        new(
            new Xdr.FromMarker(Marker(chart.FromColumn, chart.FromRow)),
            new Xdr.ToMarker(Marker(chart.ToColumn, chart.ToRow)),
            new Xdr.GraphicFrame(
                new Xdr.NonVisualGraphicFrameProperties(
                    new Xdr.NonVisualDrawingProperties { Id = id, Name = chart.Title },
                    new Xdr.NonVisualGraphicFrameDrawingProperties()),
                new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
                new A.Graphic(new A.GraphicData(new C.ChartReference { Id = relationshipId }) { Uri = ChartUri }))
            { Macro = string.Empty },
            new Xdr.ClientData())
        { EditAs = Xdr.EditAsValues.OneCell };

    private static DocumentFormat.OpenXml.OpenXmlElement[] Marker(int column, int row) =>
    [
        new Xdr.ColumnId(column.ToString(CultureInfo.InvariantCulture)),
        new Xdr.ColumnOffset("0"),
        new Xdr.RowId(row.ToString(CultureInfo.InvariantCulture)),
        new Xdr.RowOffset("0"),
    ];
}

using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace QiPipeline.Reports.OpenXml;

/// <summary>
/// Makes a saved workbook's repeated header rows absolute: ClosedXML 0.95.4 writes <c>Summary!1:3</c>,
/// which Excel reads but LibreOffice ignores, so printouts lost their header rows; <c>Summary!$1:$3</c>
/// is read by both.
/// </summary>
internal static partial class PrintTitles
{
    /// <summary>Rewrites every <c>_xlnm.Print_Titles</c> of the workbook at <paramref name="path"/>.</summary>
    public static void MakeAbsolute(string path)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var names = document.WorkbookPart!.Workbook.DefinedNames?.Elements<DefinedName>().Where(d => d.Name == "_xlnm.Print_Titles").ToList() ?? [];
        foreach (var name in names)
        {
            name.Text = RowRange().Replace(name.Text, "!$$${1}:$$${2}");
        }

        if (names.Count > 0)
        {
            document.WorkbookPart.Workbook.Save();
        }
    }

    [GeneratedRegex(@"!\$?(\d+):\$?(\d+)")]
    private static partial Regex RowRange();
}

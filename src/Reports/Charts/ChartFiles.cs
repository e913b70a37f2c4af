using QiPipeline.Metrics.Timeline;
using QiPipeline.Reports.OpenXml;

namespace QiPipeline.Reports.Charts;

/// <summary>
/// Writes the charts embedded in a workbook as PNG files too, for slides: <c>FOLDER/YYYY-MM/NAME.png</c>, the
/// name made from the picture's name (<c>depression_screening N1</c> gives <c>depression_screening-N1.png</c>),
/// so a file keeps its name from one month's run to the next.
/// </summary>
internal static class ChartFiles
{
    private static readonly char[] Unsafe = [.. Path.GetInvalidFileNameChars(), ' ', '\\', '/', ':', '*', '?', '"', '<', '>', '|'];

    /// <summary>Writes every image into <c>FOLDER/YYYY-MM</c>; returns the paths written.</summary>
    public static Task<IReadOnlyList<string>> WriteAsync(string folder, Month month, IReadOnlyList<SheetImage> images, CancellationToken cancellationToken) =>
        WriteAsync(folder, month.ToString(), images, cancellationToken);

    /// <summary>Writes every image into <c>FOLDER/SUBFOLDER</c>; returns the paths written.</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(string folder, string subfolder, IReadOnlyList<SheetImage> images, CancellationToken cancellationToken)
    {
        var monthFolder = Path.Combine(folder, subfolder);
        Directory.CreateDirectory(monthFolder);
        var paths = new List<string>(images.Count);
        foreach (var image in images)
        {
            var path = Path.Combine(monthFolder, FileName(image.Name));
            await AtomicFile.WriteAllBytesAsync(path, image.Png, ownerOnly: false, cancellationToken);
            paths.Add(path);
        }

        return paths;
    }

    /// <summary>The file name of a picture name: unsafe characters (spaces, separators) become '-'.</summary>
    public static string FileName(string pictureName) =>
        new string(pictureName.Trim().Select(c => Unsafe.Contains(c) ? '-' : c).ToArray()) + ".png";
}

namespace QiPipeline.Etl.Sources;

/// <summary>The check every folder-based source (csv, files, fhir) makes before it reads.</summary>
internal static class SourceFolder
{
    /// <summary>Completes when <paramref name="folder"/> exists; otherwise fails with a message naming the source and folder.</summary>
    public static Task CheckExists(string sourceName, string folder) =>
        Directory.Exists(folder)
            ? Task.CompletedTask
            : throw new SourceException($"source '{sourceName}': folder '{folder}' does not exist");
}

namespace QiPipeline.Etl.Sources.Fhir;

/// <summary>
/// How one resource type feeds an entity: the mapping (null for "not a record of this entity") and
/// whether a bad line of its files is this entity's reject (each file's bad lines count once, in its
/// home entity, although Encounter and Observation files feed two entities).
/// </summary>
/// <param name="ResourceType">The resource type, which is also the file name prefix.</param>
/// <param name="Home">Whether malformed lines of these files are rejects of this entity.</param>
/// <param name="Map">The resource to the entity's record, or null when it is no record of the entity.</param>
/// <param name="Needles">For a reader that is not the files' home: text one of which every line it maps holds
/// (see <see cref="LineFilter"/>), or null to parse every line.</param>
internal sealed record FhirReader(string ResourceType, bool Home, Func<System.Text.Json.JsonElement, FhirRow?> Map, IReadOnlyList<string>? Needles = null)
{
    /// <summary>Whether the line must be parsed: always for the home entity, whose bad lines are its rejects.</summary>
    public bool MustParse(string line) => Home || LineFilter.MayHold(line, Needles);
}

namespace QiPipeline.SampleData;

/// <summary>Generates one clinic's source: simulate a patient, break a few of its rows, write it, forget it.</summary>
internal static class SourceGenerator
{
    public static SourceStats Generate(string path, ClinicContext clinic, int patients, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var profile = clinic.Profile;
        FhirExtractWriter? fhir = null;
        using IExtractWriter writer = profile.Kind switch
        {
            SourceKind.Sqlite => new SqliteExtractWriter(path, profile, options.End),
            SourceKind.Fhir => new TeeExtractWriter(
                fhir = new FhirExtractWriter(path, profile, options.End, malformedLines: options.BadRate > 0),
                new CsvExtractWriter(ClinicGenerator.CsvCopyPath(path), profile)),
            _ => new CsvExtractWriter(path, profile),
        };
        var ids = new IdSequence();
        var simulator = new PatientSimulator(clinic, ids);
        var injector = new BadRecordInjector(profile, options.End, options.BadRate);
        var stats = new SourceStats(profile.SourceName, profile.ClinicId, injector.Counts);
        var batch = new PatientBatch();
        var random = new Rng(0);
        var sourceSeed = Rng.Combine((ulong)(uint)options.Seed, (ulong)profile.SourceIndex);

        for (var number = 1; number <= patients; number++)
        {
            if ((number & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            random.Reseed(Rng.Combine(sourceSeed, (ulong)number));
            batch.Clear();
            simulator.Simulate(number, random, batch);
            injector.Apply(batch, random);
            writer.Write(batch);
            stats.Add(batch);
        }

        writer.Complete();
        if (fhir is not null)
        {
            stats.AddMalformedLines(fhir);
        }

        return stats;
    }
}

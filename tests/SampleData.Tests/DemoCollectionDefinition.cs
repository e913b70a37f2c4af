namespace QiPipeline.SampleData.Tests;

[CollectionDefinition(Name)]
public sealed class DemoCollectionDefinition : ICollectionFixture<DemoFixture>
{
    public const string Name = "generated demo";
}

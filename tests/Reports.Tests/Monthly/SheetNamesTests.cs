using QiPipeline.Reports.Monthly;

namespace QiPipeline.Reports.Tests.Monthly;

public sealed class SheetNamesTests
{
    [Fact]
    public void Take_LongOrRepeatedNames_AreShortUniqueAndValid()
    {
        var names = new SheetNames();
        var wanted = new string('m', 40) + "/x";

        var first = names.Take(wanted);
        var second = names.Take(wanted);

        Assert.Equal(new string('m', 31), first);
        Assert.Equal(new string('m', 29) + "~2", second);
        Assert.Equal("summary~2", new[] { names.Take("Summary"), names.Take("summary") }[1]);
    }
}

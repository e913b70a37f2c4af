namespace QiPipeline.SampleData;

/// <summary>A fixed categorical distribution; weights need not sum to 1.</summary>
internal sealed class WeightedChoice<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public WeightedChoice(params (T Item, double Weight)[] items)
    {
        _items = new T[items.Length];
        _cumulative = new double[items.Length];
        var total = 0.0;
        for (var i = 0; i < items.Length; i++)
        {
            _items[i] = items[i].Item;
            total += items[i].Weight;
            _cumulative[i] = total;
        }
    }

    public T Pick(Rng random)
    {
        var x = random.NextDouble() * _cumulative[^1];
        for (var i = 0; i < _cumulative.Length - 1; i++)
        {
            if (x < _cumulative[i])
            {
                return _items[i];
            }
        }

        return _items[^1];
    }
}

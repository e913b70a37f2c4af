namespace QiPipeline.Etl.Validation;

/// <summary>The distinct reason codes of one record, in the order found.</summary>
internal sealed class ReasonList
{
    private readonly List<string> _reasons = new(2);

    public int Count => _reasons.Count;

    public void Add(string reason)
    {
        if (!_reasons.Contains(reason))
        {
            _reasons.Add(reason);
        }
    }

    public override string ToString() => string.Join(';', _reasons);
}

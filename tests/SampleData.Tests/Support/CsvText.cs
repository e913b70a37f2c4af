namespace QiPipeline.SampleData.Tests.Support;

/// <summary>A minimal RFC 4180 reader for checking the generator's files (LF or CRLF, quoted fields).</summary>
public static class CsvText
{
    public static Table Read(string path)
    {
        var records = Parse(File.ReadAllText(path));
        var header = records[0].Select(f => f ?? "").ToList();
        return new Table(header, records.Skip(1).ToList());
    }

    public static List<string?[]> Parse(string text)
    {
        var records = new List<string?[]>();
        var fields = new List<string?>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        var wasQuoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    wasQuoted = true;
                    break;
                case ',':
                    fields.Add(EndField(field, ref wasQuoted));
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(EndField(field, ref wasQuoted));
                    records.Add([.. fields]);
                    fields.Clear();
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(EndField(field, ref wasQuoted));
            records.Add([.. fields]);
        }

        return records;
    }

    private static string? EndField(System.Text.StringBuilder field, ref bool wasQuoted)
    {
        var value = field.Length == 0 && !wasQuoted ? null : field.ToString();
        field.Clear();
        wasQuoted = false;
        return value;
    }
}

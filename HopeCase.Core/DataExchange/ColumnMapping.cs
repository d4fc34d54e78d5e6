using System.Globalization;
using HopeCase.Core.Arabic;

namespace HopeCase.Core.DataExchange;

/// <summary>Which column of the sheet (0-based) holds each field; a field without a column is left empty.</summary>
public sealed record ColumnMapping(IReadOnlyDictionary<ImportField, int> Columns)
{
    /// <summary>Recognises the template's Arabic and English headers (and the same words spelt loosely).</summary>
    public static ColumnMapping Auto(IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var known = new Dictionary<string, ImportField>(StringComparer.Ordinal);
        foreach (var (field, (arabic, english)) in ImportTemplate.Headers)
        {
            known.TryAdd(Key(arabic), field);
            known.TryAdd(Key(english), field);
            known.TryAdd(Key(field.ToString()), field);
        }
        var columns = new Dictionary<ImportField, int>();
        for (var i = 0; i < headers.Count; i++)
        {
            if (known.TryGetValue(Key(headers[i]), out var field))
            {
                columns.TryAdd(field, i);
            }
        }
        return new ColumnMapping(columns);
    }

    public IReadOnlyList<ImportField> MissingRequired => ImportTemplate.Required.Where(f => !Columns.ContainsKey(f)).OrderBy(f => f).ToList();

    public string? Cell(IReadOnlyList<string> row, ImportField field) =>
        Columns.TryGetValue(field, out var i) && i >= 0 && i < row.Count && !string.IsNullOrWhiteSpace(row[i]) ? row[i].Trim() : null;

    public string Serialize() => string.Join(';', Columns.OrderBy(c => c.Key).Select(c => $"{c.Key}={c.Value.ToString(CultureInfo.InvariantCulture)}"));

    public static ColumnMapping Parse(string text)
    {
        var columns = new Dictionary<ImportField, int>();
        foreach (var part in (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = part.Split('=');
            if (kv.Length == 2 && Enum.TryParse<ImportField>(kv[0], out var f) && int.TryParse(kv[1], NumberStyles.None, CultureInfo.InvariantCulture, out var i))
            {
                columns[f] = i;
            }
        }
        return new ColumnMapping(columns);
    }

    private static string Key(string header) => ArabicText.Normalize(header).ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HopeCase.Core.Data;

/// <summary>
/// The parameters of <see cref="BulkInsert"/> and <see cref="BulkUpdate"/>: all the rows as one JSON text (SQLite's
/// <c>json_each</c>) or one typed array per column (PostgreSQL's <c>unnest</c>), each value converted as the EF model
/// stores it.
/// </summary>
internal static class BulkColumns
{
    public sealed class Column(DbParameter parameter, Array values, ValueConverter? converter)
    {
        public DbParameter Parameter { get; } = parameter;

        public void Set(int index, object? value) => values.SetValue(Stored(converter, value), index);
    }

    /// <summary>An array parameter of <paramref name="length"/> values of the type <paramref name="property"/> is stored as (nullable elements when the column is).</summary>
    public static Column ArrayOf(DbCommand command, IProperty property, int length)
    {
        var converter = property.GetTypeMapping().Converter;
        var type = converter?.ProviderClrType ?? property.ClrType;
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsValueType && property.IsNullable)
        {
            type = typeof(Nullable<>).MakeGenericType(type);
        }
        var values = Array.CreateInstance(type, length);
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@p" + command.Parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        parameter.Value = values;
        command.Parameters.Add(parameter);
        return new Column(parameter, values, converter);
    }

    /// <summary>
    /// The rows as one JSON array of arrays, each value as the model stores it, for SQLite's <c>json_each</c>: a
    /// statement reads every row from one parameter (<c>value ->> 0</c>, …) instead of binding each row's values.
    /// </summary>
    public static string Json<TRow>(IEnumerable<TRow> rows, IReadOnlyList<(Func<TRow, object?> Get, ValueConverter? Converter)> columns)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartArray();
                foreach (var (get, converter) in columns)
                {
                    switch (Stored(converter, get(row)))
                    {
                        case null: json.WriteNullValue(); break;
                        case string text: json.WriteStringValue(text); break;
                        case int number: json.WriteNumberValue(number); break;
                        case long number: json.WriteNumberValue(number); break;
                        case short number: json.WriteNumberValue(number); break;
                        case bool flag: json.WriteNumberValue(flag ? 1 : 0); break;
                        case double number: json.WriteNumberValue(number); break;
                        case var other: throw new NotSupportedException($"A bulk write cannot carry a {other.GetType().Name} through JSON.");
                    }
                }
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary><c>value ->> 0, value ->> 1, …</c>: the columns of a <see cref="Json"/> row read by <c>json_each</c>.</summary>
    public static string JsonColumns(int count, string alias = "value") =>
        string.Join(", ", Enumerable.Range(0, count).Select(i => $"{alias} ->> {i.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));

    public static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static object? Stored(ValueConverter? converter, object? value) => value is null ? null : converter is null ? value : converter.ConvertToProvider(value);
}

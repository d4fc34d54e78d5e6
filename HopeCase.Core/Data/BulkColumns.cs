using System.Data.Common;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HopeCase.Core.Data;

/// <summary>
/// The parameters of <see cref="BulkInsert"/> and <see cref="BulkUpdate"/>: one value (a prepared SQLite statement's,
/// set again for each row) or one typed array of a column's values (PostgreSQL's <c>unnest</c>), each value converted
/// as the EF model stores it.
/// </summary>
internal static class BulkColumns
{
    public sealed class Scalar(DbParameter parameter, ValueConverter? converter)
    {
        public DbParameter Parameter { get; } = parameter;

        public void Set(object? value) => Parameter.Value = Stored(converter, value) ?? DBNull.Value;
    }

    public sealed class Column(DbParameter parameter, Array values, ValueConverter? converter)
    {
        public DbParameter Parameter { get; } = parameter;

        public void Set(int index, object? value) => values.SetValue(Stored(converter, value), index);
    }

    public static Scalar ScalarOf(DbCommand command, IProperty property, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return new Scalar(parameter, property.GetTypeMapping().Converter);
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

    public static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static object? Stored(ValueConverter? converter, object? value) => value is null ? null : converter is null ? value : converter.ConvertToProvider(value);
}

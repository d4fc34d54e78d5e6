using HopeCase.Core.DataExchange;
using Microsoft.Extensions.Localization;

namespace HopeCase.Web.Features.DataExchange;

/// <summary>The words for the import's codes: a row's reasons ("Duplicate.InFile:3") and a whole file's refusal ("Import.ZipBomb").</summary>
public static class ImportTexts
{
    public static string Reason(IStringLocalizer l, string code, bool arabic)
    {
        ArgumentNullException.ThrowIfNull(l);
        var (name, arg) = code.IndexOf(':', StringComparison.Ordinal) is var i and >= 0 ? (code[..i], code[(i + 1)..]) : (code, "");
        if (name.StartsWith("Required.", StringComparison.Ordinal) && Enum.TryParse<ImportField>(name["Required.".Length..], out var field))
        {
            return l["DataExchange.Reason_Required", ImportTemplate.Header(field, arabic)];
        }
        var text = l["DataExchange.Reason_" + name.Replace(".", "_", StringComparison.Ordinal), arg];
        return text.ResourceNotFound ? code : text.Value;
    }

    public static string Refusal(IStringLocalizer l, string code)
    {
        ArgumentNullException.ThrowIfNull(l);
        var text = l["DataExchange.Error_" + code.Replace("Import.", "", StringComparison.Ordinal)];
        return text.ResourceNotFound ? l["DataExchange.Error_NotSpreadsheet"] : text.Value;
    }
}

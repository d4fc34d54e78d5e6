namespace HopeCase.Core.DataExchange;

/// <summary>The beneficiaries' template: one header per field in Arabic, and its English twin.</summary>
public static class ImportTemplate
{
    public static readonly IReadOnlyDictionary<ImportField, (string Arabic, string English)> Headers = new Dictionary<ImportField, (string, string)>
    {
        [ImportField.FirstName] = ("الاسم الأول", "First name"),
        [ImportField.FatherName] = ("اسم الأب", "Father's name"),
        [ImportField.GrandfatherName] = ("اسم الجد", "Grandfather's name"),
        [ImportField.FamilyName] = ("اسم العائلة", "Family name"),
        [ImportField.LatinName] = ("الاسم بالإنجليزية", "Name in English"),
        [ImportField.NationalId] = ("رقم الهوية أو الإقامة", "National ID or iqama"),
        [ImportField.Gender] = ("الجنس", "Gender"),
        [ImportField.BirthDate] = ("تاريخ الميلاد", "Date of birth"),
        [ImportField.Mobile] = ("الجوال", "Mobile"),
        [ImportField.Email] = ("البريد الإلكتروني", "Email"),
        [ImportField.Region] = ("المنطقة", "Region"),
        [ImportField.Governorate] = ("المحافظة", "Governorate"),
        [ImportField.Address] = ("العنوان", "Address"),
    };

    public static readonly IReadOnlySet<ImportField> Required = new HashSet<ImportField>
    {
        ImportField.FirstName, ImportField.FatherName, ImportField.GrandfatherName, ImportField.FamilyName,
        ImportField.NationalId, ImportField.Gender, ImportField.BirthDate, ImportField.Governorate,
    };

    public static string Header(ImportField field, bool arabic) => arabic ? Headers[field].Arabic : Headers[field].English;

    /// <summary>The template workbook: the header row on the first sheet, a filled example and the accepted forms on the second.</summary>
    public static byte[] Build(bool arabic)
    {
        var fields = Enum.GetValues<ImportField>();
        var header = fields.Select(f => (object?)Header(f, arabic)).ToList();
        var example = new List<object?> { "محمد", "أحمد", "علي", "الحازمي", "Mohammed Ahmed Ali Alhazmi", "1012345674", arabic ? "ذكر" : "Male", "1410/05/12", "0501234567", "", "جازان", "صبيا", "" };
        var help = arabic
            ? new List<IReadOnlyList<object?>>
            {
                header, example,
                new List<object?> { "الحقول الإلزامية: الأسماء الأربعة، رقم الهوية، الجنس، تاريخ الميلاد، المحافظة." },
                new List<object?> { "التاريخ هجري (1410/05/12) أو ميلادي (1990-01-31)، والأرقام عربية (١٢٣) أو إنجليزية (123)." },
                new List<object?> { "الجوال بأي صيغة شائعة: 0501234567 أو 966501234567+ أو 501234567." },
                new List<object?> { "الجنس: ذكر أو أنثى. لا تستخدم المعادلات." },
            }
            : new List<IReadOnlyList<object?>>
            {
                header, example,
                new List<object?> { "Required: the four names, the ID, gender, date of birth, governorate." },
                new List<object?> { "Dates Hijri (1410/05/12) or Gregorian (1990-01-31); digits Arabic (١٢٣) or Western (123)." },
                new List<object?> { "Mobiles in any common form: 0501234567, +966501234567, 501234567." },
                new List<object?> { "Gender: Male or Female. Do not use formulas." },
            };
        return Spreadsheet.Xlsx(
        [
            new XlsxSheet(arabic ? "المستفيدون" : "Beneficiaries", [header]),
            new XlsxSheet(arabic ? "مثال وتعليمات" : "Example and help", help),
        ], rightToLeft: arabic);
    }
}

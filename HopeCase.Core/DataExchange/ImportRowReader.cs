using HopeCase.Core.Arabic;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Contacts;
using HopeCase.Core.Saudi;

namespace HopeCase.Core.DataExchange;

/// <summary>Turns one row of text into a <see cref="BeneficiaryInput"/>: Hijri or Gregorian dates, Eastern or Western digits, mobiles in any common form.</summary>
public static class ImportRowReader
{
    public static (BeneficiaryInput? Input, List<string> Errors) Read(IReadOnlyList<string> row, ColumnMapping map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var errors = new List<string>();
        string? Get(ImportField f) => map.Cell(row, f);
        foreach (var f in ImportTemplate.Required.OrderBy(f => f))
        {
            if (Get(f) is null)
            {
                errors.Add($"Required.{f}");
            }
        }
        var id = Get(ImportField.NationalId) is { } rawId ? ArabicDigits.DigitsOnly(rawId) : "";
        if (id.Length > 0 && !SaudiNationalId.IsValid(id))
        {
            errors.Add("NationalId.Invalid");
        }
        Gender? gender = Get(ImportField.Gender) is { } g ? ParseGender(g) : null;
        if (gender is null && Get(ImportField.Gender) is not null)
        {
            errors.Add("Gender.Invalid");
        }
        DateOnly? birth = null;
        if (Get(ImportField.BirthDate) is { } rawDate)
        {
            if (DualDate.TryParse(rawDate, out var d, out _) && d.Year >= 1900 && d <= DateOnly.FromDateTime(DateTime.UtcNow))
            {
                birth = d;
            }
            else
            {
                errors.Add("BirthDate.Invalid");
            }
        }
        var mobile = Get(ImportField.Mobile);
        if (mobile is not null && !SaudiMobile.TryParse(mobile, out _))
        {
            errors.Add("Mobile.Invalid");
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        var name = new ArabicName(Get(ImportField.FirstName)!, Get(ImportField.FatherName)!, Get(ImportField.GrandfatherName)!, Get(ImportField.FamilyName)!);
        var input = new BeneficiaryInput(name, Get(ImportField.LatinName), id, null, "SA", gender!.Value, birth!.Value, mobile,
            Get(ImportField.Email), Get(ImportField.Region) ?? "جازان", Get(ImportField.Governorate)!, Get(ImportField.Address),
            null, null, null, ContactChannel.Phone, false, false);
        errors.AddRange(BeneficiaryRules.Validate(input).Where(e => !errors.Contains(e)));
        return errors.Count > 0 ? (null, errors) : (input, errors);
    }

    private static readonly Dictionary<string, Gender> Genders = new[]
    {
        ("ذكر", Gender.Male), ("م", Gender.Male), ("m", Gender.Male), ("male", Gender.Male), ("1", Gender.Male),
        ("أنثى", Gender.Female), ("انثى", Gender.Female), ("ث", Gender.Female), ("f", Gender.Female), ("female", Gender.Female), ("2", Gender.Female),
    }.GroupBy(p => ArabicText.Normalize(p.Item1).ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First().Item2, StringComparer.Ordinal);

    public static Gender? ParseGender(string text) => Genders.TryGetValue(ArabicText.Normalize(text).ToLowerInvariant(), out var g) ? g : null;
}

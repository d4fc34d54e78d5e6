using System.Globalization;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Contacts;
using HopeCase.Core.Requests;
using HopeCase.Core.Saudi;

namespace HopeCase.Web.Features.Requests;

/// <summary>Turns the posted form and its files into the domain's application, or says what is wrong and where.</summary>
public static class ApplyForm
{
    public const string Region = "جازان";

    public static string FileField(int requirementId) => $"doc-{requirementId.ToString(CultureInfo.InvariantCulture)}";

    public static string ExpiryField(int requirementId) => $"expiry-{requirementId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Where each domain error code is shown on the page.</summary>
    public static string FieldOf(string code) => code.Split('.')[0] switch
    {
        "Name" => "first",
        "NationalId" => "nationalId",
        "IdExpiry" => "idExpiry",
        "Gender" => "gender",
        "BirthDate" => "birthDate",
        "Mobile" or "Consent" => "mobile",
        "Governorate" => "governorate",
        "MaritalStatus" => "maritalStatus",
        "HouseholdSize" => "householdSize",
        "Income" => "income",
        "Description" => "description",
        "Declaration" => "declaration",
        _ => "form",
    };

    public static async Task<(PublicApplication? Application, IReadOnlyList<FieldError> Errors)> ReadAsync(
        ApplyInput input, SupportTypeView type, IFormCollection form, DateOnly today, long maxFileBytes, CultureInfo culture, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(form);
        var errors = new List<FieldError>();
        DateOnly? idExpiry = null;
        if (!string.IsNullOrWhiteSpace(input.IdExpiry))
        {
            if (DualDate.TryParse(input.IdExpiry, out var d, out _))
            {
                idExpiry = d;
            }
            else
            {
                errors.Add(new("idExpiry", "IdExpiry.Invalid"));
            }
        }
        var birth = DualDate.TryParse(input.BirthDate, out var b, out _) ? b : (DateOnly?)null;
        var gender = Parse<Gender>(input.Gender, required: true, "gender", "Gender.Required", errors);
        var marital = Parse<MaritalStatus>(input.MaritalStatus, required: false, "maritalStatus", "MaritalStatus.Invalid", errors);
        var income = Parse<IncomeBracket>(input.Income, required: false, "income", "Income.Invalid", errors);
        int? household = null;
        if (!string.IsNullOrWhiteSpace(input.HouseholdSize))
        {
            if (int.TryParse(Core.Arabic.ArabicDigits.ToAscii(input.HouseholdSize.Trim()), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                household = n;
            }
            else
            {
                errors.Add(new("householdSize", "HouseholdSize.Invalid"));
            }
        }
        var governorate = Governorates.Jizan.Contains(input.Governorate) ? input.Governorate : "";

        var uploads = new List<PublicUpload>();
        foreach (var requirement in type.Requirements)
        {
            uploads.AddRange(await ReadDocumentAsync(requirement, form, today, maxFileBytes, errors, ct));
        }

        var applicant = new BeneficiaryInput(new ArabicName(input.First.Trim(), input.Father.Trim(), input.Grandfather.Trim(), input.Family.Trim()),
            null, Core.Arabic.ArabicDigits.ToAscii(input.NationalId.Trim()), idExpiry, NationalityOf(input.NationalId), gender ?? Gender.Male,
            birth ?? DateOnly.MinValue, Blank(input.Mobile), Blank(input.Email), Region, governorate, Blank(input.Address), marital, household, income,
            input.ConsentSms ? ContactChannel.Phone : ContactChannel.Website, input.ConsentSms, ConsentEmail: false);
        // The domain's own checks, placed beside the field they concern.
        foreach (var code in BeneficiaryRules.Validate(applicant))
        {
            errors.Add(new(FieldOf(code), code));
        }
        if (string.IsNullOrWhiteSpace(input.Description))
        {
            errors.Add(new("description", "Description.Required"));
        }
        if (!input.Declaration)
        {
            errors.Add(new("declaration", "Declaration.Missing"));
        }
        if (errors.Count > 0)
        {
            return (null, errors.DistinctBy(e => (e.Field, e.Code)).ToList());
        }
        return (new PublicApplication(applicant, type.Id, input.Description.Trim(), input.Declaration, uploads, culture), []);
    }

    private static async Task<IEnumerable<PublicUpload>> ReadDocumentAsync(RequirementView requirement, IFormCollection form, DateOnly today,
        long maxFileBytes, List<FieldError> errors, CancellationToken ct)
    {
        var field = FileField(requirement.Id);
        var file = form.Files.GetFile(field);
        DateOnly? expires = null;
        if (requirement.HasExpiry)
        {
            var typed = form[ExpiryField(requirement.Id)].ToString();
            if (!DualDate.TryParse(typed, out var e, out _))
            {
                errors.Add(new(field, string.IsNullOrWhiteSpace(typed) ? "Upload.ExpiryRequired" : "Upload.ExpiryInvalid"));
            }
            else if (e < today)
            {
                errors.Add(new(field, "Upload.Expired"));
            }
            else
            {
                expires = e;
            }
        }
        if (file is null || file.Length == 0)
        {
            errors.Add(new(field, file is null ? "Upload.Missing" : "Upload.Empty"));
            return [];
        }
        if (file.Length > maxFileBytes)
        {
            errors.Add(new(field, "Upload.TooLarge"));
            return [];
        }
        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, ct);
        }
        // The content decides, never the name or the browser's word.
        var (problem, _) = FileInspector.Inspect(file.FileName, content, maxFileBytes);
        if (problem != UploadProblem.None)
        {
            errors.Add(new(field, $"Upload.{problem}"));
            return [];
        }
        return [new PublicUpload(requirement.Id, file.FileName, content, expires)];
    }

    private static T? Parse<T>(string text, bool required, string field, string code, List<FieldError> errors) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(new(field, code));
            }
            return null;
        }
        if (Enum.TryParse<T>(text, ignoreCase: false, out var value) && Enum.IsDefined(value) && !text.All(char.IsAsciiDigit))
        {
            return value;
        }
        errors.Add(new(field, code));
        return null;
    }

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A national ID starts with 1, an iqama with 2 (the domain checks the rest).</summary>
    private static string NationalityOf(string id) => Core.Arabic.ArabicDigits.ToAscii(id.Trim()).StartsWith('1') ? "SA" : "NonSaudi";
}

using System.Collections.Frozen;
using System.Text;
using HopeCase.Core.Staff;
using Microsoft.AspNetCore.Identity;

namespace HopeCase.Core.Security;

/// <summary>
/// Refuses a password found in the shipped list of common and breached passwords (keyboard walks, years, names and
/// digits, and the same typed on an Arabic keyboard; see scripts/common-passwords.py). The check ignores case,
/// surrounding spaces and the kind of digits (١٢٣ and 123 are the same password).
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<StaffUser>
{
    public const string Code = "CommonPassword";

    private static readonly Lazy<FrozenSet<string>> List = new(Load);

    /// <summary>How many passwords the shipped list holds.</summary>
    public static int Count => List.Value.Count;

    public static bool IsCommon(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        return List.Value.Contains(Normalise(password));
    }

    public Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(manager);
        if (password is null || !IsCommon(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }
        var description = manager.ErrorDescriber is ICommonPasswordDescriber d ? d.CommonPassword() : "This password is too common.";
        return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = Code, Description = description }));
    }

    private static string Normalise(string password)
    {
        var text = password.Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant();
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsDigit(c) ? (char)('0' + (int)char.GetNumericValue(c)) : c);
        }
        return builder.ToString();
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("HopeCase.CommonPasswords")
            ?? throw new InvalidOperationException("The common-password list is missing from HopeCase.Core.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(Normalise(line));
            }
        }
        return set.ToFrozenSet(StringComparer.Ordinal);
    }
}

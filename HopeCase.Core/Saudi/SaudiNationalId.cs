using System.Diagnostics.CodeAnalysis;
using HopeCase.Core.Arabic;

namespace HopeCase.Core.Saudi;

/// <summary>A Saudi national ID (starts with 1) or iqama (starts with 2): ten digits with a Luhn check digit.</summary>
public readonly record struct SaudiNationalId
{
    private SaudiNationalId(string value) => Value = value;

    public string Value { get; }

    public IdentityKind Kind => Value[0] == '1' ? IdentityKind.Citizen : IdentityKind.Resident;

    public override string ToString() => Value;

    public static bool TryParse(string? input, [NotNullWhen(true)] out SaudiNationalId? id)
    {
        id = null;
        if (input is null)
        {
            return false;
        }
        var candidate = ArabicDigits.ToAscii(input.Trim());
        if (candidate.Length != 10 || candidate[0] is not ('1' or '2'))
        {
            return false;
        }
        foreach (var c in candidate)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }
        if (!Luhn.IsValid(candidate))
        {
            return false;
        }
        id = new SaudiNationalId(candidate);
        return true;
    }

    public static SaudiNationalId Parse(string input) =>
        TryParse(input, out var id) ? id.Value : throw new FormatException("Not a valid Saudi national ID or iqama number.");

    public static bool IsValid(string? input) => TryParse(input, out _);
}

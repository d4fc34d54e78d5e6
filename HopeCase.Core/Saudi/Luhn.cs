namespace HopeCase.Core.Saudi;

/// <summary>The Luhn (mod 10) check used by Saudi identity numbers.</summary>
public static class Luhn
{
    public static bool IsValid(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (d is < 0 or > 9)
            {
                return false;
            }
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return digits.Length > 1 && sum % 10 == 0;
    }

    /// <summary>The digit that makes <paramref name="payload"/> + digit pass the check (used to build demo and test data).</summary>
    public static char CheckDigit(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        for (var c = '0'; c <= '9'; c++)
        {
            if (IsValid(payload + c))
            {
                return c;
            }
        }
        throw new FormatException("The payload must contain digits only.");
    }
}

namespace HopeCase.Core.Beneficiaries;

/// <summary>The four-part Arabic name: the person, father, grandfather, family.</summary>
public sealed record ArabicName(string First, string Father, string Grandfather, string Family)
{
    public string Full => string.Join(' ', new[] { First, Father, Grandfather, Family }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()));
}

using HopeCase.Core.Arabic;

namespace HopeCase.Core.Beneficiaries;

/// <summary>The four-part Arabic name: the person, father, grandfather, family.</summary>
public sealed record ArabicName(string First, string Father, string Grandfather, string Family)
{
    public string Full => string.Join(' ', new[] { First, Father, Grandfather, Family }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()));

    /// <summary>
    /// The name's match key (<see cref="ArabicNames.Key"/>): what search and the duplicate check compare; whether two
    /// names may be one person is <see cref="ArabicNames.SamePerson"/> of their keys, the one matcher.
    /// </summary>
    public string MatchKey => ArabicNames.Key(Full);
}

namespace HopeCase.Core.Arabic;

/// <summary>A noun as Arabic counts it: singular, dual, plural and the accusative singular (تمييز) used from 11.</summary>
public sealed record ArabicNoun(string Singular, string Dual, string Plural, string Accusative, bool Feminine = false);

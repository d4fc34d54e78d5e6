namespace HopeCase.Core.Arabic;

/// <summary>Which form of the counted noun an Arabic number takes (see <see cref="ArabicCount"/>).</summary>
public enum ArabicCountForm
{
    /// <summary>1: the singular with «واحد»: «يوم واحد».</summary>
    One,

    /// <summary>2: the dual alone: «يومان».</summary>
    Two,

    /// <summary>3–10 (and 103–110 …): the plural: «3 أيام».</summary>
    Few,

    /// <summary>11–99 (and 111–199 …): the singular, accusative: «11 يومًا».</summary>
    Many,

    /// <summary>0, and 100, 101, 102, 1000 …: the singular, genitive: «100 يوم».</summary>
    Hundreds,
}

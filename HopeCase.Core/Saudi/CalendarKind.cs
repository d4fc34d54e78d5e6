namespace HopeCase.Core.Saudi;

public enum CalendarKind
{
    Gregorian,
    Hijri,
}

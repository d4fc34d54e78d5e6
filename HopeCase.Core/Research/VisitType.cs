namespace HopeCase.Core.Research;

public enum VisitType
{
    Home = 1,
    Office = 2,
    Phone = 3,
    Video = 4,
}

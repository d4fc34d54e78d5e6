namespace HopeCase.Core.Committee;

public enum DeliveryMode
{
    InPerson = 1,
    Phone = 2,
    Video = 3,
}

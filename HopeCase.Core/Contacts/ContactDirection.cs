namespace HopeCase.Core.Contacts;

public enum ContactDirection
{
    Incoming = 1,
    Outgoing = 2,
}
